"""Wiring the import modal's submissions to the flow; only ids to callbacks, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.deps import caller_of
from bot.transfer import flow
from bot.transfer.ids import ImportId
from domain.audit import Actor
from domain.transfer.ports import ImportUnitOfWorkFactory

# Raises NotAdministrator (audited) unless the submitting user may change things.
RequireAdmin = Callable[[dict[str, Any], WebClient], None]
# Renders what is inside the block for the user who sent the request.
Speak = Callable[[dict[str, Any], WebClient], AbstractContextManager[None]]
Step = Callable[[ImportUnitOfWorkFactory, str, Actor, dict[str, Any]], dict[str, Any]]


def _listener(
    factory: ImportUnitOfWorkFactory, require_admin: RequireAdmin, step: Step, speak: Speak
) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        require_admin(body, client)
        caller = caller_of(body)
        with speak(body, client):
            ack(**step(factory, caller.workspace_id, caller.actor, body["view"]))

    return handle


def register(
    app: App, factory: ImportUnitOfWorkFactory, require_admin: RequireAdmin, speak: Speak
) -> None:
    app.view(ImportId.PASTE_CALLBACK)(_listener(factory, require_admin, flow.preview, speak))
    app.view(ImportId.CONFIRM_CALLBACK)(_listener(factory, require_admin, flow.confirm, speak))
