"""The scheduler process outlives a database that is down when `mmbot serve` starts."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from bot.config import BotConfig
from bot.scheduler import process


def test_a_database_that_cannot_be_opened_delays_the_scheduler_instead_of_ending_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(process, "START_RETRY_FIRST_SECONDS", 0.01)
    unreachable = BotConfig(database_url=f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}")
    good = BotConfig(database_url=f"sqlite:///{tmp_path / 'ok.db'}", bot_token="xoxb-test")
    attempts: list[str | None] = []
    real_open_store = process.open_store

    def flaky_open_store(url: str | None = None):  # type: ignore[no-untyped-def]
        attempts.append(url)
        if len(attempts) < 3:
            return real_open_store(unreachable.database_url)
        return real_open_store(good.database_url)

    monkeypatch.setattr(process, "open_store", flaky_open_store)
    stop = threading.Event()
    runner = threading.Thread(target=process.run_until_stopped, args=(good, stop, os.getppid()))
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
