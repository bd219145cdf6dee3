"""What every listener needs, built once per app: the application entry and the bot's pool."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.background import Background
from bot.config import BotConfig
from bot.home_viewers import HomeViewers
from bot.locales import SlackLocales
from domain.application import Application, Caller
from domain.audit import Actor, ActorKind
from domain.messages import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Deps:
    config: BotConfig
    app: Application
    background: Background
    home_viewers: HomeViewers = field(default_factory=HomeViewers)
    locales: SlackLocales = field(default_factory=SlackLocales)


def caller_of(body: dict[str, Any]) -> Caller:
    """The caller of a slash command, interactivity payload or event callback, as plain values."""
    if "user" in body and isinstance(body["user"], dict):  # interactivity payloads
        user = body["user"]
        team = body.get("team") or {}
        workspace = team.get("id") or user.get("team_id")
        user_id = user.get("id")
        name = user.get("username") or user.get("name")
    elif "event" in body:  # event callbacks
        workspace, user_id, name = body.get("team_id"), body["event"].get("user"), None
    else:  # slash commands
        workspace, user_id, name = body.get("team_id"), body.get("user_id"), body.get("user_name")
    uid = str(user_id or "")
    actor = Actor(kind=ActorKind.SLACK, id=uid, name=str(name or uid))
    return Caller(workspace_id=str(workspace or ""), actor=actor, lang=DEFAULT_LANGUAGE)
