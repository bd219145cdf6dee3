"""The same faults met by a signed slash command in the running bot: a lost COMMIT answer is
answered "could not confirm" with the command that checks, an unreachable database "cannot
reach", and a locked SQLite file still "busy"."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from domain.errors import StoreBusy, StoreUnreachable
from storage import engine as storage_engine
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import ADMIN, WORKSPACE, answered_text, running, seed
from tests.integration.faults.conftest import Proxied
from tests.integration.faults.snapshot import snapshot
from tests.support.bot_server import SlackSender
from tests.support.slack_standin import SlackStandIn
from tests.support.texts import in_slack


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn() as slack:
        yield slack


@contextmanager
def _serving(standin: SlackStandIn, factory: SqlUnitOfWorkFactory) -> Iterator[SlackSender]:
    """The running bot on `factory`, its Web API pointed at the stand-in."""
    with running(standin, factory) as app:
        yield app.slack


@pytest.fixture
def proxied_slack(proxied_store: Proxied, standin: SlackStandIn) -> Iterator[SlackSender]:
    """The running bot on the proxied PostgreSQL store."""
    seed(proxied_store.direct, "create Kept type=blended chat=1")
    with _serving(standin, proxied_store.factory) as slack:
        yield slack


@pytest.mark.postgres
def test_a_slash_command_whose_commit_answer_is_lost_says_it_could_not_confirm_and_is_stored(
    proxied_store: Proxied,
    proxied_slack: SlackSender,
    standin: SlackStandIn,
    caplog: pytest.LogCaptureFixture,
) -> None:
    proxied_store.proxy.drop_next_commit(after="UPDATE profiles")

    with caplog.at_level(logging.INFO, logger="mmbot.bot"):
        assert proxied_slack.command("edit Kept chat=2").status == 200
        text = answered_text(standin)

    assert "could not confirm whether the change was saved" in text
    assert "`show Kept`" in text
    assert "nothing was changed" not in text
    assert proxied_store.proxy.dropped_commits == 1
    with proxied_store.direct(WORKSPACE, write=False) as uow:
        stored = uow.profiles.get_by_name("Kept")
        audit = uow.audit.latest(limit=1)[0]
    assert stored is not None
    assert (stored.chat, stored.version) == (2, 2)
    assert (audit.action, audit.object_name, audit.actor.id) == ("profile.edit", "Kept", ADMIN)
    # No change notice claims it either way: nothing is published for an unconfirmed change.
    assert standin.calls_to("chat.postMessage") == []
    # The operator's log names the driver's error, as a warning and without a traceback.
    (logged,) = [r for r in caplog.records if "commit_outcome_unknown" in r.getMessage()]
    assert logged.levelno == logging.WARNING
    assert "server closed the connection" in logged.getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.postgres
def test_a_slash_command_on_a_database_cut_off_says_it_cannot_reach_it(
    proxied_store: Proxied,
    proxied_slack: SlackSender,
    standin: SlackStandIn,
    caplog: pytest.LogCaptureFixture,
) -> None:
    before = snapshot(proxied_store.direct_engine)
    proxied_store.proxy.cut()

    with caplog.at_level(logging.INFO):
        assert proxied_slack.command("edit Kept chat=2").status == 200
        text = answered_text(standin)

    assert text == in_slack(StoreUnreachable())
    assert snapshot(proxied_store.direct_engine) == before
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "logged as a bug"


def test_a_slash_command_on_a_locked_sqlite_file_still_says_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, standin: SlackStandIn
) -> None:
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_SECONDS", 0.3)
    url = f"sqlite:///{tmp_path / 'mmbot.db'}"
    upgrade(url)
    engine = make_engine(url)
    factory = SqlUnitOfWorkFactory(engine)
    seed(factory, "create Kept type=blended chat=1")
    with _serving(standin, factory) as slack:
        before = snapshot(engine)
        holder = sqlite3.connect(str(make_url(url).database), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            slack.command("edit Kept chat=2")
            text = answered_text(standin)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert text == in_slack(StoreBusy())
        assert snapshot(engine) == before
    engine.dispose()
