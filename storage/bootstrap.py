"""Open the store an application uses: engine, up-to-date schema, unit-of-work factory."""

from __future__ import annotations

from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory


def connect_store(url: str) -> SqlUnitOfWorkFactory:
    """Connect to a store whose schema is already up to date (another process migrated it)."""
    return SqlUnitOfWorkFactory(make_engine(url))


def open_store(url: str) -> SqlUnitOfWorkFactory:
    """Connect to `url` (the settings' DATABASE_URL) and migrate it to head."""
    # Imported here so processes that never migrate (the report scheduler) never load Alembic.
    from storage.migrate import upgrade

    factory = connect_store(url)
    upgrade(factory.engine)
    return factory
