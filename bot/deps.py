"""What every listener needs, built once per app: configuration, the store, the admin directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.admins import AdminDirectory
from bot.background import Background
from bot.config import BotConfig
from bot.locales import SlackLocales
from bot.store import AppStore
from domain.audit import Actor


@dataclass(frozen=True)
class Deps:
    config: BotConfig
    factory: AppStore
    admins: AdminDirectory
    background: Background = field(default_factory=Background)
    locales: SlackLocales = field(default_factory=SlackLocales)


@dataclass(frozen=True)
class Caller:
    """Who sent a request, and from which workspace, as plain values."""

    workspace_id: str
    user_id: str
    user_name: str

    @property
    def actor(self) -> Actor:
        return Actor(kind="slack", id=self.user_id, name=self.user_name or self.user_id)


def caller_of(body: dict[str, Any]) -> Caller:
    """The caller of a slash command, interactivity payload or event callback."""
    if "user" in body and isinstance(body["user"], dict):  # interactivity payloads
        user = body["user"]
        team = body.get("team") or {}
        return Caller(
            workspace_id=str(team.get("id") or user.get("team_id") or ""),
            user_id=str(user.get("id")),
            user_name=str(user.get("username") or user.get("name") or ""),
        )
    if "event" in body:  # event callbacks
        return Caller(
            workspace_id=str(body.get("team_id") or ""),
            user_id=str(body["event"].get("user") or ""),
            user_name="",
        )
    return Caller(  # slash commands
        workspace_id=str(body.get("team_id") or ""),
        user_id=str(body.get("user_id") or ""),
        user_name=str(body.get("user_name") or ""),
    )
