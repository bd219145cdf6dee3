"""Slack installations as the token port sees them: where a token was installed, the token,
and what storage must offer so that an expiring token is refreshed once (SPEC §7)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class InstallKey:
    """Where a token was installed: one workspace, or a whole Enterprise Grid organization."""

    enterprise_id: str | None
    team_id: str | None

    @property
    def lock_name(self) -> str:
        """The name of the installation's lock."""
        return f"mmbot.token.{self.enterprise_id or '-'}.{self.team_id or '-'}"


@dataclass(frozen=True)
class StoredToken:
    """The current bot token of an installation, with its refresh token and expiry (UTC)."""

    key: InstallKey
    token: str
    refresh_token: str | None
    expires_at: datetime | None
    is_enterprise_install: bool


class LockedToken(Protocol):
    """The token as read once the installation's lock is held, and the way to replace it."""

    @property
    def current(self) -> StoredToken | None: ...

    def replace(
        self, old: StoredToken, token: str, refresh_token: str | None, expires_at: datetime | None
    ) -> None: ...


class TokenRecords(Protocol):
    """The installations of one Slack app, as storage keeps them."""

    def key_for(self, workspace_id: str) -> InstallKey | None:
        """The installation serving the workspace: its own, else its organization's."""
        ...

    def token(self, key: InstallKey) -> StoredToken | None:
        """The latest token of the installation, read without a lock."""
        ...

    def locked(self, key: InstallKey) -> AbstractContextManager[LockedToken]:
        """Hold the installation's lock (across processes) while the block runs."""
        ...

    def remove(self, key: InstallKey) -> int:
        """Delete the installation's tokens; how many installation rows went."""
        ...

    def link_enterprise(self, team_id: str, enterprise_id: str) -> None:
        """Remember that the workspace belongs to the organization."""
        ...
