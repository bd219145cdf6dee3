"""The oversized-bodies benchmark runs end to end at a small size against the real server:
4 unsigned 8 MiB bodies, declared and chunked, are all refused with 413 unread."""

from __future__ import annotations

import pytest

from bench.oversized_bodies import TARGET_WORKER_MIB, measure


@pytest.mark.slow
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_concurrent_oversized_bodies_are_refused_with_413_and_the_worker_stays_small(
    chunked: bool,
) -> None:
    figures = measure(bodies=4, mib=8, chunked=chunked)

    assert sum(figures.answers.values()) == 4
    assert all(answer.startswith("413") for answer in figures.answers), figures.answers
    assert {name.split()[0] for name in figures.peak_rss_mib} >= {"master", "worker"}
    assert figures.worker_mib < TARGET_WORKER_MIB
