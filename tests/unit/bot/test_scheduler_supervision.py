"""The scheduler process is restarted when it dies, after a delay that grows while it keeps dying."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.scheduler.lifecycle import SchedulerProcess
from bot.scheduler.timing import SchedulerTiming


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def short_lived(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Every 'scheduler process' is a real process that exits at once."""
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(_argv: list[str]) -> subprocess.Popen[bytes]:
        process = real_popen([sys.executable, "-c", "pass"])
        process.wait()
        started.append(process)
        return process

    monkeypatch.setattr("bot.scheduler.lifecycle.subprocess.Popen", popen)
    return started


def test_a_dead_scheduler_is_restarted_after_a_doubling_delay_and_not_after_stop(
    short_lived: list[subprocess.Popen[bytes]],
) -> None:
    clock = Clock()
    scheduler = SchedulerProcess(timing=SchedulerTiming(restart_seconds=2.0), clock=clock)
    scheduler.start()
    assert len(short_lived) == 1

    scheduler.supervise()  # notices the death, waits 2 s
    clock.now += 1.9
    scheduler.supervise()
    assert len(short_lived) == 1
    clock.now += 0.1
    scheduler.supervise()
    assert len(short_lived) == 2

    scheduler.supervise()  # dead again at once: the delay doubles
    clock.now += 3.9
    scheduler.supervise()
    assert len(short_lived) == 2
    clock.now += 0.1
    scheduler.supervise()
    assert len(short_lived) == 3
    assert scheduler.restarts == 2

    scheduler.stop()
    clock.now += 100
    scheduler.supervise()
    scheduler.supervise()
    assert len(short_lived) == 3
