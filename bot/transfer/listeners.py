"""Wiring the import modal's submissions to the flow; only ids to callbacks, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.transfer import flow
from bot.transfer.ids import ImportId
from domain.audit import Actor
from domain.transfer.ports import ImportUnitOfWorkFactory

# Raises NotAdministrator (audited) unless the submitting user may change things.
RequireAdmin = Callable[[dict[str, Any], WebClient], None]
Step = Callable[[ImportUnitOfWorkFactory, str, Actor, dict[str, Any]], dict[str, Any]]


def _caller(body: dict[str, Any]) -> tuple[str, Actor]:
    user = body.get("user") or {}
    workspace = str((body.get("team") or {}).get("id") or user.get("team_id") or "")
    name = str(user.get("username") or user.get("name") or user.get("id"))
    return workspace, Actor(kind="slack", id=str(user.get("id")), name=name)


def _listener(
    factory: ImportUnitOfWorkFactory, require_admin: RequireAdmin, step: Step
) -> Callable[..., None]:
    def handle(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        require_admin(body, client)
        workspace, actor = _caller(body)
        ack(**step(factory, workspace, actor, body["view"]))

    return handle


def register(app: App, factory: ImportUnitOfWorkFactory, require_admin: RequireAdmin) -> None:
    app.view(ImportId.PASTE_CALLBACK)(_listener(factory, require_admin, flow.preview))
    app.view(ImportId.CONFIRM_CALLBACK)(_listener(factory, require_admin, flow.confirm))
