"""The import modal's submissions (view_submission): ids to callbacks, nothing else."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.ids import ImportId
from bot.listeners.views import submission
from bot.transfer import flow


def register(app: App, deps: Deps) -> None:
    # Like every form: read before the ack, run on the pool, "still saving" when late.
    for callback, read in (
        (ImportId.PASTE_CALLBACK, flow.preview_command),
        (ImportId.CONFIRM_CALLBACK, flow.confirm_command),
    ):
        app.view(callback, middleware=[submission.received])(
            submission.handler(deps, read, flow.outcome_view)
        )
