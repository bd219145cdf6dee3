"""The token port: which bot token speaks for a workspace, refreshed once when it expires.

Shared by the bot and the CLI (neither knows the other); storage is reached through the
domain's TokenRecords protocol, which the composition roots fill in.

The scheduler, the CLI and the request path's installation store all get a workspace's
token through `tokens_for(workspace)`. With token rotation on, a token close to its
expiry is refreshed under the installation's lock and read again once the lock is held,
so two schedulers (or a scheduler and a request) that race refresh it once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackTokenRotationError
from slack_sdk.oauth.installation_store import Bot
from slack_sdk.oauth.token_rotation import TokenRotator

from domain.installations import InstallKey, StoredToken, TokenRecords
from slackkit.client import make_web_client
from slackkit.log_redaction import redact_slack_tokens

logger = logging.getLogger(__name__)

# Refresh this long before expiry (Slack's tokens live 12 hours); Bolt's own rotation
# margin is the same, so a request never finds a token this port would still refresh.
REFRESH_MINUTES_BEFORE_EXPIRY = 120


class TokenSource(Protocol):
    """The port: the bot token for a workspace, or None when mmbot is not installed there."""

    def tokens_for(self, workspace_id: str) -> str | None: ...


class SingleToken:
    """SLACK_BOT_TOKEN mode: one workspace, one token that never rotates."""

    def __init__(self, token: str) -> None:
        self._token = token

    def tokens_for(self, workspace_id: str) -> str | None:  # noqa: ARG002 - one token for all
        """The configured token."""
        return self._token


class InstalledTokens:
    """OAuth mode: each workspace's token from its installation, refreshed when it expires."""

    def __init__(
        self,
        records: TokenRecords,
        rotator: TokenRotator,
        *,
        minutes_before_expiry: int = REFRESH_MINUTES_BEFORE_EXPIRY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.records = records
        self._rotator = rotator
        self._minutes = minutes_before_expiry
        self._clock = clock

    def tokens_for(self, workspace_id: str) -> str | None:
        """The workspace's token (its own install, else its organization's), fresh enough to use."""
        key = self.records.key_for(workspace_id)
        return None if key is None else self.token_of(key)

    def token_of(self, key: InstallKey) -> str | None:
        """The installation's token, refreshed first when it expires soon."""
        stored = self.records.token(key)
        if stored is None or not self._expiring(stored):
            return None if stored is None else stored.token
        return self._refresh(key)

    def _refresh(self, key: InstallKey) -> str | None:
        with self.records.locked(key) as locked:
            current = locked.current
            if current is None:
                return None  # uninstalled meanwhile
            if not self._expiring(current):
                return current.token  # another process refreshed it while we waited
            try:
                fresh = self._rotator.perform_bot_token_rotation(
                    bot=_as_bot(current), minutes_before_expiration=self._minutes
                )
            except SlackTokenRotationError as error:
                # invalid_refresh_token and the like: nothing will make this token work again.
                logger.error("could not refresh the token of %s: %s", key, error.api_error)
                return None
            if fresh is None:
                return current.token
            expires_at = (
                None
                if fresh.bot_token_expires_at is None
                else datetime.fromtimestamp(fresh.bot_token_expires_at, UTC)
            )
            locked.replace(current, fresh.bot_token, fresh.bot_refresh_token, expires_at)
            logger.info("refreshed the bot token of %s", key)
            return fresh.bot_token

    def _expiring(self, stored: StoredToken) -> bool:
        if stored.expires_at is None or stored.refresh_token is None:
            return False
        return stored.expires_at.timestamp() <= self._clock() + self._minutes * 60


def _as_bot(stored: StoredToken) -> Bot:
    return Bot(
        enterprise_id=stored.key.enterprise_id,
        team_id=stored.key.team_id,
        bot_token=stored.token,
        bot_id="",
        bot_user_id="",
        bot_refresh_token=stored.refresh_token,
        bot_token_expires_at=stored.expires_at,
        is_enterprise_install=stored.is_enterprise_install,
        installed_at=time.time(),
    )


def installed_tokens(
    records: TokenRecords, client_id: str, client_secret: str, api_url: str
) -> InstalledTokens:
    """OAuth mode's token source on the stored installations; refreshes go to `api_url`."""
    redact_slack_tokens()  # the OAuth calls' bodies carry tokens, logged by slack_sdk at DEBUG
    rotator = TokenRotator(
        client_id=client_id, client_secret=client_secret, client=make_web_client(None, api_url)
    )
    return InstalledTokens(records, rotator)


class WorkspaceClients:
    """Web API clients that speak for one workspace each, with the token the port gives."""

    def __init__(self, tokens: TokenSource | None, api_url: str) -> None:
        self.tokens = tokens
        self.api_url = api_url

    def for_workspace(self, workspace_id: str) -> WebClient | None:
        """A client with the workspace's token, or None when it has none (not installed)."""
        token = None if self.tokens is None else self.tokens.tokens_for(workspace_id)
        return None if token is None else make_web_client(token, self.api_url)
