"""Events API listeners."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.listeners.events import app_home, user_change


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(app_home.handler(deps))
    app.event("user_change")(user_change.handler(deps))
