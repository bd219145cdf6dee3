"""Open the store an application uses: engine, up-to-date schema, unit-of-work factory."""

from __future__ import annotations

from storage.engine import default_database_url, make_engine
from storage.uow import SqlUnitOfWorkFactory


def connect_store(url: str | None = None) -> SqlUnitOfWorkFactory:
    """Connect to a store whose schema is already up to date (another process migrated it)."""
    return SqlUnitOfWorkFactory(make_engine(url or default_database_url()))


def open_store(url: str | None = None) -> SqlUnitOfWorkFactory:
    """Connect to `url` (default: DATABASE_URL or sqlite:///mmbot.db) and migrate it to head."""
    # Imported here so processes that never migrate (the report scheduler) never load Alembic.
    from storage.migrate import upgrade

    factory = connect_store(url)
    upgrade(factory.engine)
    return factory
