"""A locked database gives the user "busy, try again", and nothing half-written; an unreachable
one says it cannot be reached (it is not busy)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from domain.audit import Actor
from domain.commands.grammar import parse
from domain.errors import StoreBusy, StoreUnreachable
from storage import engine as storage_engine
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.conftest import postgres_schema
from tests.integration.faults.conftest import CliRunner, closed_loopback_port
from tests.integration.faults.snapshot import snapshot
from tests.support.commands import run
from tests.support.texts import english

SHORT_BUSY_TIMEOUT = 0.3
ADMIN = Actor(kind="cli", id="ops", name="ops")
BUSY = english(StoreBusy())
UNREACHABLE = english(StoreUnreachable())


@pytest.fixture
def sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A migrated SQLite file whose connections give up waiting for a lock after 0.3 s."""
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_SECONDS", SHORT_BUSY_TIMEOUT)
    url = f"sqlite:///{tmp_path / 'mmbot.db'}"
    upgrade(url)
    return url


@pytest.fixture
def held_write_lock(sqlite_url: str) -> Iterator[sqlite3.Connection]:
    """Another connection holding SQLite's write lock until the test ends."""
    path = make_url(sqlite_url).database
    assert path
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE workspaces SET report_all_clear = report_all_clear")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def test_a_cli_change_on_a_locked_sqlite_database_says_busy_and_writes_nothing(
    mmbot: CliRunner, sqlite_url: str, held_write_lock: sqlite3.Connection
) -> None:
    engine = make_engine(sqlite_url)
    before = snapshot(engine)
    result = mmbot(sqlite_url, "cmd", "create Spare type=blended chat=1")
    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == BUSY
    assert "Traceback" not in result.err
    assert snapshot(engine) == before
    engine.dispose()


def test_a_command_that_cannot_get_the_write_lock_raises_store_busy_and_changes_nothing(
    sqlite_url: str,
) -> None:
    engine = make_engine(sqlite_url)
    factory = SqlUnitOfWorkFactory(engine)
    _as_admin(factory, "create Kept type=blended chat=1")
    before = snapshot(engine)
    path = make_url(sqlite_url).database
    assert path
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusy):
            _as_admin(factory, "deactivate Kept")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert snapshot(engine) == before
    engine.dispose()


def test_a_cli_command_on_an_unreachable_postgresql_says_it_cannot_reach_the_database(
    mmbot: CliRunner,
) -> None:
    url = f"postgresql+psycopg://mmbot@127.0.0.1:{closed_loopback_port()}/mmbot"
    for argv in (("cmd", "list"), ("cmd", "create Spare type=blended chat=1"), ("db", "upgrade")):
        result = mmbot(url, *argv)
        assert (result.code, result.out) == (1, ""), argv
        assert result.err.strip() == UNREACHABLE, argv
        assert "Traceback" not in result.err


@pytest.mark.postgres
def test_a_postgresql_row_locked_past_the_lock_timeout_gives_store_busy_and_nothing_half_written(
    postgres_server_url: str,
) -> None:
    with postgres_schema(postgres_server_url) as schema_url:
        upgrade(schema_url)
        url = make_url(schema_url)
        short = url.update_query_dict({"options": f"{url.query['options']} -clock_timeout=300"})
        _locked_row_gives_store_busy(make_engine(short))


def _locked_row_gives_store_busy(engine: Engine) -> None:
    factory = SqlUnitOfWorkFactory(engine)
    _as_admin(factory, "create Kept type=blended chat=1")
    before = snapshot(engine)
    with _row_locked(engine), pytest.raises(StoreBusy):
        _as_admin(factory, 'edit Kept chat=2 description="half"')
    assert snapshot(engine) == before
    engine.dispose()


def _as_admin(factory: SqlUnitOfWorkFactory, text: str) -> None:
    run(parse(text), factory=factory, workspace_id="local", actor=ADMIN, is_admin=True)


class _row_locked:
    """Hold a lock on every profile row from another connection."""

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.connect()

    def __enter__(self) -> None:
        self._connection.exec_driver_sql("SELECT id FROM profiles FOR UPDATE").all()

    def __exit__(self, *_: object) -> None:
        self._connection.rollback()
        self._connection.close()
