"""OAuth mode: Slack's install flow, the installation and state stores, and who a payload is from.

Bolt's `OAuthSettings` serves `/slack/install` and `/slack/oauth_redirect`. The stores are
slack_sdk's SQLAlchemy ones on mmbot's database (the tables come from mmbot's migration).
Bolt's authorizer is built here rather than by OAuthSettings, so that it uses the
SLACK_API_URL client and keeps its auth.test cache: a request pays no extra auth.test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.config import BotConfig
from bot.tokens import REFRESH_MINUTES_BEFORE_EXPIRY, InstalledTokens
from storage.installation_tables import BOTS, INSTALLATIONS, OAUTH_STATES
from storage.installations import InstallKey, purge_expired_states

logger = logging.getLogger(__name__)

# The bot scopes the app asks for; manifest.yml declares the same (a test checks).
BOT_SCOPES = ("commands", "chat:write", "chat:write.public", "users:read", "usergroups:read")
STATE_SECONDS = 600


class MmbotInstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's store whose reads refresh an expiring token through the token port first."""

    def __init__(
        self,
        client_id: str,
        engine: Engine,
        tokens: InstalledTokens,
        on_installed: Callable[[Installation], None],
    ) -> None:
        super().__init__(
            client_id, engine, bots_table_name=BOTS, installations_table_name=INSTALLATIONS
        )
        self._tokens = tokens
        self._on_installed = on_installed

    def save(self, installation: Installation) -> None:
        """Store the installation, then create its workspace (SPEC §7: created when installed)."""
        super().save(installation)
        self._on_installed(installation)

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """The latest installation, its bot token refreshed (under the lock) if it expires soon."""
        if user_id is None:  # the bot's installation (mmbot asks for no user tokens)
            key = InstallKey(enterprise_id, None if is_enterprise_install else team_id)
            if self._tokens.token_of(key) is None:
                return None  # not installed, or a token that can no longer be refreshed
        installation: Installation | None = super().find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
            is_enterprise_install=is_enterprise_install,
        )
        return installation


class PurgingStateStore(SQLAlchemyOAuthStateStore):
    """slack_sdk's state store that deletes expired states whenever it issues a new one."""

    def __init__(self, engine: Engine, *, expiration_seconds: int = STATE_SECONDS) -> None:
        super().__init__(expiration_seconds, engine, table_name=OAUTH_STATES)

    def issue(self, *args: Any, **kwargs: Any) -> str:
        """A new state; abandoned install attempts leave no rows behind."""
        purge_expired_states(self.engine, datetime.now(UTC))
        state: str = super().issue(*args, **kwargs)
        return state


def oauth_settings(
    config: BotConfig,
    engine: Engine,
    client: WebClient,
    tokens: InstalledTokens,
    on_installed: Callable[[Installation], None],
) -> OAuthSettings:
    """Install and redirect paths, the stores, and an authorizer on `client` with its cache on."""
    assert config.client_id
    assert config.client_secret
    store = MmbotInstallationStore(config.client_id, engine, tokens, on_installed)
    settings = OAuthSettings(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=list(BOT_SCOPES),
        user_scopes=[],
        redirect_uri=config.redirect_uri,
        install_page_rendering_enabled=False,  # /slack/install redirects straight to Slack
        installation_store=store,
        token_rotation_expiration_minutes=REFRESH_MINUTES_BEFORE_EXPIRY,
        state_store=PurgingStateStore(engine),
        state_expiration_seconds=STATE_SECONDS,
        logger=logging.getLogger("mmbot.bolt.oauth"),
    )
    settings.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("mmbot.bolt.authorize"),
        installation_store=store,
        client_id=config.client_id,
        client_secret=config.client_secret,
        token_rotation_expiration_minutes=REFRESH_MINUTES_BEFORE_EXPIRY,
        cache_enabled=True,
        client=client,
    )
    return settings
