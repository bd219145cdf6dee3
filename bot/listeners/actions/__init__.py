"""Button and select listeners (block_actions)."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.ids import RUN_COMMAND_ACTIONS, Action
from bot.listeners.actions import home_create, home_report, profile_type, run_command


def register(app: App, deps: Deps) -> None:
    app.action(Action.TYPE)(profile_type.handler(deps))
    app.action(Action.HOME_CREATE)(home_create.handler(deps))
    app.action(Action.HOME_REPORT)(home_report.handler(deps))
    for action_id in RUN_COMMAND_ACTIONS:
        app.action(action_id)(run_command.handler(deps))
