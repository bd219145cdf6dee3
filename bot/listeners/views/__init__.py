"""Modal submission listeners (view_submission)."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.forms import assign_submit, profile_submit, settings_submit
from bot.ids import Callback
from bot.listeners.views import submission


def register(app: App, deps: Deps) -> None:
    app.view(Callback.PROFILE_CREATE)(submission.handler(deps, profile_submit.create_command))
    app.view(Callback.PROFILE_EDIT)(submission.handler(deps, profile_submit.edit_command))
    app.view(Callback.DELETE)(submission.handler(deps, profile_submit.delete_command))
    app.view(Callback.ASSIGN)(submission.handler(deps, assign_submit.read_command))
    app.view(Callback.SETTINGS)(submission.handler(deps, settings_submit.read_command))
