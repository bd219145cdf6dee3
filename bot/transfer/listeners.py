"""Wiring the import modal's submissions to the flow; only ids to callbacks, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from bot.forms.changes import require_admin
from bot.ids import ImportId
from bot.transfer import flow
from domain.audit import Actor
from domain.commands import model as m
from domain.transfer.ports import ImportUnitOfWorkFactory

Step = Callable[[ImportUnitOfWorkFactory, str, Actor, dict[str, Any]], dict[str, Any]]


def _listener(deps: Deps, step: Step) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        caller = caller_of(body)
        # Raises NotAdministrator (audited) unless the submitting user may change things.
        require_admin(deps, client, caller, m.OpenImportForm())
        ack(**step(deps.factory, caller.workspace_id, caller.actor, body["view"]))

    return handle


def register(app: App, deps: Deps) -> None:
    app.view(ImportId.PASTE_CALLBACK)(_listener(deps, flow.preview))
    app.view(ImportId.CONFIRM_CALLBACK)(_listener(deps, flow.confirm))
