"""The scheduler process survives a failed start and stops when mmbot serve is gone."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from bot.config import BotConfig
from bot.scheduler import process, service


def test_a_scheduler_that_fails_to_start_is_started_again_instead_of_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(process, "START_RETRY_FIRST_SECONDS", 0.01)
    config = BotConfig(database_url=f"sqlite:///{tmp_path / 'ok.db'}", bot_token="xoxb-test")
    attempts: list[int] = []
    real_start = service.start_scheduler

    def flaky_start(*args: Any, **kwargs: Any) -> Any:
        attempts.append(len(attempts))
        if len(attempts) < 3:
            raise OSError("the database is not reachable yet")
        return real_start(*args, **kwargs)

    monkeypatch.setattr(process, "start_scheduler", flaky_start)
    stop = threading.Event()
    runner = threading.Thread(target=process.run_until_stopped, args=(config, stop, os.getppid()))
    runner.start()
    for _ in range(500):
        if len(attempts) >= 3:
            break
        stop.wait(0.01)
    stop.set()
    runner.join(timeout=10)
    assert not runner.is_alive()
    assert len(attempts) == 3


def test_an_orphaned_scheduler_process_stops_by_itself(tmp_path: Path) -> None:
    stop = threading.Event()
    config = BotConfig(database_url=f"sqlite:///{tmp_path / 'unused.db'}")
    runner = threading.Thread(target=process.run_until_stopped, args=(config, stop, -1))
    runner.start()
    runner.join(timeout=10)
    assert not runner.is_alive()
