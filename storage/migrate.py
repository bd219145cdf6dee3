"""Create and upgrade the schema with Alembic; safe when several processes start at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from storage.engine import WRITE_OPTION, make_engine
from storage.errors import store_failures_as_domain_errors

MIGRATIONS = Path(__file__).with_name("migrations")
# Waiting for another process's migration may take longer than an ordinary lock wait.
_PG_MIGRATION_LOCK_TIMEOUT = "120s"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code: no alembic.ini needed."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision the code knows about."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(target: Engine | str | URL, revision: str = "head") -> None:
    """Bring the schema up to `revision`; a no-op when it is already there."""
    # Opening the store at start-up is the first thing to meet a locked or absent database.
    with (
        store_failures_as_domain_errors(),
        _engine(target) as engine,
        engine.connect() as connection,
    ):
        if connection.dialect.name == "sqlite":
            _upgrade_sqlite(connection, revision)
        else:
            _upgrade_postgres(connection, revision)


def current_revision(target: Engine | str | URL) -> str | None:
    """The revision the database is at, or None before the first migration."""
    with (
        store_failures_as_domain_errors(),
        _engine(target) as engine,
        engine.connect() as connection,
    ):
        return MigrationContext.configure(connection).get_current_revision()


def _upgrade_sqlite(connection: Connection, revision: str) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    # Batch migrations copy tables; with foreign keys on, dropping the old copy would
    # cascade. The pragma only takes effect outside a transaction, hence the raw call.
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        # BEGIN IMMEDIATE: the second of two concurrent upgrades waits, then finds nothing to do.
        with connection.execution_options(**{WRITE_OPTION: True}).begin():
            command.upgrade(alembic_config(connection), revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _upgrade_postgres(connection: Connection, revision: str) -> None:
    with connection.begin():
        connection.execute(text(f"SET LOCAL lock_timeout = '{_PG_MIGRATION_LOCK_TIMEOUT}'"))
        connection.execute(text("SET LOCAL statement_timeout = 0"))
        # One migrator per schema at a time; released when this transaction ends.
        connection.execute(
            text("SELECT pg_advisory_xact_lock(hashtext('mmbot.migrate.' || current_schema()))")
        )
        command.upgrade(alembic_config(connection), revision)


@contextmanager
def _engine(target: Engine | str | URL) -> Iterator[Engine]:
    if isinstance(target, Engine):
        yield target
        return
    engine = make_engine(target)
    try:
        yield engine
    finally:
        engine.dispose()
