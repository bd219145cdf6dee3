"""Slash command listeners."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.ids import COMMAND
from bot.listeners.commands import mmprofile


def register(app: App, deps: Deps) -> None:
    app.command(COMMAND)(mmprofile.handler(deps))
