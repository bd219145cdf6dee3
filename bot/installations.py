"""OAuth mode: the installation and state stores (Bolt's install flow is `bot/oauth_flow.py`).

The stores are slack_sdk's SQLAlchemy ones on mmbot's database (the tables come from
mmbot's migration). Nothing here imports Bolt: the scheduler process reads its tokens
through these stores without loading the Slack app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, and_, desc, select

from domain.installations import InstallKey, TokenRecords
from slackkit.tokens import InstalledTokens

# The bot scopes the app asks for; manifest.yml declares the same (a test checks).
BOT_SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "users:read",
    "usergroups:read",
    # Before a second attempt at a report, its channel's history is searched for it.
    "channels:history",
    "groups:history",
)
STATE_SECONDS = 600


@dataclass(frozen=True)
class InstallationParts:
    """What OAuth mode needs from the composition root: the database of the installations.

    slack_sdk's stores use their default table names, which mmbot's migration creates.
    """

    engine: Engine  # slack_sdk's stores write through it
    reader: Engine  # the same database, for reads that take no write lock
    records: TokenRecords
    purge_states: Callable[[datetime], int]


class MmbotInstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's store whose reads refresh an expiring token through the token port first."""

    def __init__(
        self,
        client_id: str,
        parts: InstallationParts,
        tokens: InstalledTokens,
        on_installed: Callable[[Installation], None],
    ) -> None:
        super().__init__(client_id, parts.engine)
        self._tokens = tokens
        self._on_installed = on_installed
        self._reader = parts.reader

    def save(self, installation: Installation) -> None:
        """Store the installation, then create its workspace (SPEC §7: created when installed)."""
        super().save(installation)
        self._on_installed(installation)

    def find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        """The latest bot, its token refreshed first (under the lock) if it expires soon."""
        key = InstallKey(enterprise_id, None if is_enterprise_install else team_id)
        if self._tokens.token_of(key) is None:
            return None  # not installed, or a token that can no longer be refreshed
        c = self.bots.c
        query = (
            select(self.bots)
            .where(
                and_(
                    c.client_id == self.client_id,
                    c.enterprise_id.is_(None)
                    if key.enterprise_id is None
                    else c.enterprise_id == key.enterprise_id,
                    c.team_id.is_(None) if key.team_id is None else c.team_id == key.team_id,
                    c.bot_token.is_not(None),
                )
            )
            .order_by(desc(c.installed_at))
            .limit(1)
        )
        # A read: slack_sdk's own find_bot would open a writer's transaction on SQLite.
        with self._reader.connect() as connection:
            row = connection.execute(query).mappings().first()
        return None if row is None else self.build_bot_entity(row)


class PurgingStateStore(SQLAlchemyOAuthStateStore):
    """slack_sdk's state store that deletes expired states whenever it issues a new one."""

    def __init__(
        self, parts: InstallationParts, *, expiration_seconds: int = STATE_SECONDS
    ) -> None:
        super().__init__(expiration_seconds, parts.engine)
        self._purge = parts.purge_states

    def issue(self, *args: Any, **kwargs: Any) -> str:
        """A new state; abandoned install attempts leave no rows behind."""
        self._purge(datetime.now(UTC))
        state: str = super().issue(*args, **kwargs)
        return state
