"""Option loads for external_select menus (block_suggestion)."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.ids import Action
from bot.listeners.options import assign_options


def register(app: App, deps: Deps) -> None:
    app.options(Action.ASSIGN_PROFILE)(assign_options.profiles_handler(deps))
    app.options(Action.ASSIGN_TARGET)(assign_options.targets_handler(deps))
