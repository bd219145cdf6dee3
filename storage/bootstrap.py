"""Open the store an application uses: engine, up-to-date schema, unit-of-work factory."""

from __future__ import annotations

from storage.engine import default_database_url, make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory


def open_store(url: str | None = None) -> SqlUnitOfWorkFactory:
    """Connect to `url` (default: DATABASE_URL or sqlite:///mmbot.db) and migrate it to head."""
    engine = make_engine(url or default_database_url())
    upgrade(engine)
    return SqlUnitOfWorkFactory(engine)
