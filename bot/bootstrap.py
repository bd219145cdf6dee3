"""The bot's composition root: the one module of `bot` that knows the storage adapter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.background import Background
from bot.config import BotConfig
from bot.installations import InstallationParts
from domain.report_runs import SchedulerHeartbeats
from slackkit.tokens import SingleToken, TokenSource, installed_tokens
from storage.bootstrap import connect_store, open_store
from storage.engine import WRITE_OPTION, make_engine
from storage.heartbeats import SqlHeartbeats
from storage.installations import InstallationRecords, purge_expired_states
from storage.uow import SqlUnitOfWorkFactory

if TYPE_CHECKING:
    from slack_bolt import App


def store(database_url: str, *, migrate: bool = False) -> SqlUnitOfWorkFactory:
    """The store at `database_url` (migrated first when `migrate`)."""
    return open_store(database_url) if migrate else connect_store(database_url)


def installations(config: BotConfig, factory: SqlUnitOfWorkFactory) -> InstallationParts | None:
    """OAuth mode's installations in the store's database; None in one-workspace mode."""
    if not config.oauth_enabled:
        return None
    assert config.client_id
    engine = factory.engine
    return InstallationParts(
        engine=engine,
        reader=engine.execution_options(**{WRITE_OPTION: False}),
        records=InstallationRecords(engine, config.client_id),
        purge_states=lambda now: purge_expired_states(engine, now),
    )


def tokens(config: BotConfig, factory: SqlUnitOfWorkFactory) -> TokenSource | None:
    """The token port for the scheduler: SLACK_BOT_TOKEN, else the stored installations."""
    if config.bot_token:
        return SingleToken(config.bot_token)
    parts = installations(config, factory)
    if parts is None:
        return None
    assert config.client_id
    assert config.client_secret
    return installed_tokens(
        parts.records, config.client_id, config.client_secret, config.slack_api_url
    )


def app_on(
    config: BotConfig, factory: SqlUnitOfWorkFactory, background: Background | None = None
) -> App:
    """The Bolt app on `factory` (and, in OAuth mode, on its installations)."""
    # Imported here: the scheduler process uses this module for its store and tokens only,
    # and Bolt with every listener, form and view costs it about 25 MiB it never uses.
    from bot.app import create_app

    return create_app(config, factory, installations(config, factory), background)


def build_app(config: BotConfig, *, migrate: bool = False) -> App:
    """The Bolt app on the configured store."""
    return app_on(config, store(config.database_url, migrate=migrate))


def migrate_store(database_url: str) -> None:
    """Create or upgrade the schema, then let go of the connection (before gunicorn forks)."""
    open_store(database_url).engine.dispose()


def heartbeats(database_url: str) -> SchedulerHeartbeats:
    """The report schedulers' heartbeats in the store at `database_url` (a small engine of its own)."""
    return SqlHeartbeats(make_engine(database_url))
