"""The fault benchmark runs against the real server and judges what it measures: the
malformed-request scenario finds every kind refused and a quiet log, and a figure past its
bound makes the run fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import faults


@pytest.mark.slow
def test_the_malformed_scenario_finds_every_kind_refused_and_no_error_logged(
    tmp_path: Path,
) -> None:
    found = {f.name: f for f in faults.malformed(tmp_path, quick=True)}

    assert found["answered 400"].value + found["answered 401"].value >= 20
    assert all(f.ok for f in found.values()), [f.line() for f in found.values() if not f.ok]


def test_a_figure_past_its_bound_fails_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_folder: Path, *, quick: bool) -> list[faults.Figure]:
        return [faults.Figure("a scenario", "answered 500", 3, "0", False)]

    monkeypatch.setitem(faults.SCENARIOS, "malformed", broken)

    assert faults.main(["--only", "malformed"]) == 1
    out = capsys.readouterr().out
    assert "MISSED" in out
    assert "1 figure(s) missed their bound" in out
