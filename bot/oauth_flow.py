"""OAuth mode: Slack's install flow, served by Bolt's `OAuthSettings`.

`OAuthSettings` serves `/slack/install` and `/slack/oauth_redirect` on the stores of
`bot/installations.py`. Bolt's authorizer is built here rather than by OAuthSettings, so
that it uses the SLACK_API_URL client and keeps its auth.test cache: a request pays no
extra auth.test. It looks up the bot only (mmbot asks for no user tokens): one read per
request, which takes no write lock on SQLite.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Installation

from bot.config import BotConfig
from bot.installations import (
    BOT_SCOPES,
    STATE_SECONDS,
    InstallationParts,
    MmbotInstallationStore,
    PurgingStateStore,
)
from slackkit.tokens import REFRESH_MINUTES_BEFORE_EXPIRY, InstalledTokens


def oauth_settings(
    config: BotConfig,
    parts: InstallationParts,
    client: WebClient,
    tokens: InstalledTokens,
    on_installed: Callable[[Installation], None],
) -> OAuthSettings:
    """Install and redirect paths, the stores, and an authorizer on `client` with its cache on."""
    assert config.client_id
    assert config.client_secret
    store = MmbotInstallationStore(config.client_id, parts, tokens, on_installed)
    settings = OAuthSettings(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=list(BOT_SCOPES),
        user_scopes=[],
        redirect_uri=config.redirect_uri,
        install_page_rendering_enabled=False,  # /slack/install redirects straight to Slack
        installation_store=store,
        installation_store_bot_only=True,
        token_rotation_expiration_minutes=REFRESH_MINUTES_BEFORE_EXPIRY,
        state_store=PurgingStateStore(parts),
        state_expiration_seconds=STATE_SECONDS,
        logger=logging.getLogger("mmbot.bolt.oauth"),
    )
    settings.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("mmbot.bolt.authorize"),
        installation_store=store,
        client_id=config.client_id,
        client_secret=config.client_secret,
        token_rotation_expiration_minutes=REFRESH_MINUTES_BEFORE_EXPIRY,
        bot_only=True,
        cache_enabled=True,
        client=client,
    )
    return settings
