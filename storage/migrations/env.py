"""Alembic environment: migrates the connection `storage.migrate` hands over, or sqlalchemy.url."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

import storage.installation_tables  # registers the slack_* tables
import storage.language_tables  # registers user_languages on the metadata
import storage.report_tables  # noqa: F401  (registers report_runs on the metadata)
from storage.engine import make_engine
from storage.tables import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can only ALTER by copying tables; batch mode does that for later migrations.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the caller's connection (with its lock held) if there is one, else open our own."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        # The database comes from the settings, which only the applications read.
        raise RuntimeError("no database to migrate: use `mmbot db upgrade`")
    engine = make_engine(url)
    try:
        with engine.connect() as own:
            _run(own)
            own.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("mmbot migrations run online only: use storage.migrate.upgrade")
run_migrations_online()
