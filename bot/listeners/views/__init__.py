"""Modal submission listeners (view_submission)."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.forms import assign_submit, profile_submit, settings_submit
from bot.ids import Callback
from bot.listeners.views import submission

FORMS = {
    Callback.PROFILE_CREATE: profile_submit.create_command,
    Callback.PROFILE_EDIT: profile_submit.edit_command,
    Callback.DELETE: profile_submit.delete_command,
    Callback.ASSIGN: assign_submit.read_command,
    Callback.SETTINGS: settings_submit.read_command,
}


def register(app: App, deps: Deps) -> None:
    for callback, read_command in FORMS.items():
        app.view(callback, middleware=[submission.received])(submission.handler(deps, read_command))
