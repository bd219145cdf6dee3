"""A database locked right after the post: recording is retried until stored, never re-posted."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from sqlalchemy.engine import make_url

from domain.report_runs import PostMark, RunOutcome
from slackkit.message import Message
from slackkit.posting import SlackReportPoster
from storage import engine as storage_engine
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Clock, Command, at
from tests.integration.report.replicas import (
    latest_run,
    reports_for,
    schedulers,
    slack_poster,
)
from tests.support.slack_standin import SlackStandIn

DUE = at(15, 8, 0)
HOLD_SECONDS = 1.5
SHORT_WAIT_SECONDS = 0.2


@contextmanager
def write_lock(database_url: str) -> Iterator[None]:
    """Another connection holding the write lock on report runs until the block ends."""
    if database_url.startswith("sqlite"):
        path = make_url(database_url).database
        assert path
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection, connection.begin() as transaction:
            # Reads go on; every insert and update of a run waits, then times out.
            connection.exec_driver_sql("LOCK TABLE report_runs IN EXCLUSIVE MODE")
            yield
            transaction.rollback()
    finally:
        engine.dispose()


class LockingAfterPost:
    """The real poster; once Slack has the post, the database is locked for HOLD_SECONDS."""

    def __init__(self, inner: SlackReportPoster, database_url: str) -> None:
        self.inner = inner
        self.database_url = database_url
        self.released = threading.Event()

    def post(self, channel: str, message: Message, mark: PostMark) -> str:
        ts = self.inner.post(channel, message, mark)
        locked = threading.Event()

        def hold() -> None:
            with write_lock(self.database_url):
                locked.set()
                time.sleep(HOLD_SECONDS)
            self.released.set()

        threading.Thread(target=hold, daemon=True).start()
        assert locked.wait(5)
        return ts

    def find(self, channel: str, mark: PostMark, *, since: datetime) -> str | None:
        return self.inner.find(channel, mark, since=since)


def test_a_database_locked_when_the_post_is_recorded_gives_one_post_recorded_later(
    database_url: str,
    uow_factory: SqlUnitOfWorkFactory,
    workspace: Command,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Lock waits give up quickly, so the record attempt fails several times while locked.
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_SECONDS", SHORT_WAIT_SECONDS)
    monkeypatch.setattr(storage_engine, "LOCK_TIMEOUT_MS", int(SHORT_WAIT_SECONDS * 1000))
    clock = Clock(DUE)
    with SlackStandIn() as slack:
        locking = LockingAfterPost(slack_poster(slack), database_url)
        with (
            caplog.at_level(logging.WARNING, logger="bot.scheduler.runner"),
            schedulers(database_url, clock, [locking, slack_poster(slack)]) as (owner, other),
        ):
            outcome: list[RunOutcome | None] = []
            posting = threading.Thread(target=lambda: outcome.append(owner.run_due(WORKSPACE)))
            posting.start()
            slack.wait_for_posts(1)  # the owner claimed and posted; now the other one runs too
            others: list[object] = []
            while posting.is_alive():
                try:
                    others.append(other.run_due(WORKSPACE))
                except Exception as error:  # busy: the sync logs it and tries again
                    others.append(type(error).__name__)
                time.sleep(0.05)
            posting.join()
            assert locking.released.wait(5)
            assert other.run_due(WORKSPACE) is None

    assert outcome == [RunOutcome.POSTED]
    assert others, "the other scheduler never ran while the database was locked"
    assert set(others) <= {None, "StoreBusy"}
    assert "but not yet recorded" in caplog.text
    (report,) = reports_for(slack, DUE)
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.outcome, run.message_ts, run.attempts) == (RunOutcome.POSTED, report.ts, 1)
