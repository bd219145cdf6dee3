"""Events API listeners."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.listeners.events import app_home


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(app_home.handler(deps))
