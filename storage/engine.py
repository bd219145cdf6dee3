"""Engine setup for SQLite (embedded default) and PostgreSQL (several replicas)."""

from __future__ import annotations

import json
import select
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_SECONDS: float = 5
CONNECT_TIMEOUT_SECONDS = 5
LOCK_TIMEOUT_MS = 5_000
STATEMENT_TIMEOUT_MS = 15_000
# Each pooled SQLite connection keeps a page cache of its own, beside the operating system's
# cache of the same file: at SQLite's default 2 MiB, the 15 connections of a busy serve
# worker held 25 MiB of copies. 512 KiB keeps the hot index pages and measured no slower
# on the bench's 100,000-agent workspace (bench.run).
SQLITE_CACHE_KIB = 512
# Execution option read by the SQLite "begin" hook: True takes the write lock at BEGIN.
WRITE_OPTION = "mmbot_write"


def normalise_url(url: str | URL) -> URL:
    """Point plain `postgresql://` and `postgres://` URLs at psycopg 3, the driver we ship."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str | URL) -> Engine:
    """An engine with the locking, timeout and JSON settings mmbot relies on."""
    parsed = normalise_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        return _postgres_engine(parsed)
    raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")


def unit_engines(engine: Engine) -> dict[bool, Engine]:
    """The engines units of work run on, by `write`: writers take the lock at BEGIN (SQLite).
    Readers run in autocommit: on PostgreSQL that saves the BEGIN and ROLLBACK round trips
    and changes nothing they see (at READ COMMITTED every statement takes a new snapshot
    anyway); on SQLite the "begin" hook issues no BEGIN for them, so each statement likewise
    reads the latest commit, and a reader never holds a snapshot open."""
    reader: dict[str, Any] = {WRITE_OPTION: False}
    if engine.dialect.name == "postgresql":
        reader["isolation_level"] = "AUTOCOMMIT"
    return {
        True: engine.execution_options(**{WRITE_OPTION: True}),
        False: engine.execution_options(**reader),
    }


def _json_dumps(value: object) -> str:
    # Audit before/after may hold datetimes and enums straight from domain models.
    return json.dumps(value, default=to_jsonable_python, ensure_ascii=False)


def _sqlite_engine(url: URL) -> Engine:
    if url.database in {None, "", ":memory:"}:
        raise ValueError(
            "mmbot needs an SQLite file: in-memory databases do not survive a connection"
        )
    engine = create_engine(
        url,
        json_serializer=_json_dumps,
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from pysqlite so BEGIN is ours (SQLAlchemy's recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred BEGIN that later writes fails at once with SQLITE_BUSY instead of
        # waiting, so writers take the lock up front and queue on the busy timeout.
        # Readers begin nothing: each of their statements reads the latest commit on its
        # own, as PostgreSQL readers do in autocommit (unit_engines).
        if connection.get_execution_options().get(WRITE_OPTION, True):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: URL) -> Engine:
    # A lock or statement that waits too long becomes an error (StoreBusy), never a hang.
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    extra = url.query.get("options")
    if extra:
        # Options in the URL (e.g. a test's search_path) come last so they win.
        options = f"{options} {extra if isinstance(extra, str) else ' '.join(extra)}"
        url = url.difference_update_query(["options"])
    # No pool_pre_ping: its SELECT 1 is a round trip on every checkout. A connection the
    # server closed while pooled is found without one (below); a writer's first statement
    # still catches what that misses, and the unit of work starts again (storage/uow.py).
    engine = create_engine(
        url,
        json_serializer=_json_dumps,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "options": options},
    )

    @event.listens_for(engine, "checkout")
    def _replace_if_closed(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if closed_by_server(dbapi_connection):
            raise exc.DisconnectionError("the server closed this pooled connection")

    return engine


def closed_by_server(dbapi_connection: Any) -> bool:
    """True when a pooled psycopg connection is known dead or its socket has something to read.

    An idle connection outside a query has nothing to read; one the server closed (a
    restart, a failover, pg_terminate_backend) has its farewell or the end of the stream
    waiting. A zero-timeout poll sees that without a round trip; SQLAlchemy's pool replaces
    the connection when the checkout hook raises DisconnectionError.
    """
    if dbapi_connection.closed or dbapi_connection.broken:
        return True
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
