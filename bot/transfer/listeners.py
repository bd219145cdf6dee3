"""The import modal's submissions (view_submission): ids to callbacks, nothing else."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps
from bot.ids import ImportId
from bot.transfer import flow


def register(app: App, deps: Deps) -> None:
    app.view(ImportId.PASTE_CALLBACK)(flow.handler(deps, flow.preview))
    app.view(ImportId.CONFIRM_CALLBACK)(flow.handler(deps, flow.confirm))
