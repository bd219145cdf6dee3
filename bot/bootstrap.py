"""The bot's composition root: the one module of `bot` that knows the storage adapter."""

from __future__ import annotations

from slack_bolt import App

from bot.app import create_app
from bot.config import BotConfig
from bot.store import AppStore
from domain.report_runs import SchedulerHeartbeats
from storage.bootstrap import connect_store, open_store
from storage.engine import make_engine
from storage.heartbeats import SqlHeartbeats


def store(database_url: str, *, migrate: bool = False) -> AppStore:
    """The store at `database_url` (migrated first when `migrate`)."""
    return open_store(database_url) if migrate else connect_store(database_url)


def build_app(config: BotConfig, *, migrate: bool = False) -> App:
    """The Bolt app on the configured store."""
    return create_app(config, store(config.database_url, migrate=migrate))


def migrate_store(database_url: str) -> None:
    """Create or upgrade the schema, then let go of the connection (before gunicorn forks)."""
    open_store(database_url).engine.dispose()


def heartbeats(database_url: str) -> SchedulerHeartbeats:
    """The report schedulers' heartbeats in the store at `database_url` (a small engine of its own)."""
    return SqlHeartbeats(make_engine(database_url))
