"""Changes made from forms and buttons: the same admin check and refusal audit as commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.store import AppUnitOfWork
from domain.commands import model as m
from domain.commands.execute import prepare_workspace, refuse
from domain.commands.replies import Reply

Work = Callable[[AppUnitOfWork], Reply]
T = TypeVar("T")


def require_admin(deps: Deps, client: WebClient, caller: Caller, command: m.Command) -> None:
    """Raise NotAdministrator (audited, like a refused command) unless the caller is an admin."""
    prepare_workspace(deps.factory, caller.workspace_id)
    if not deps.admins.is_admin(client, caller.workspace_id, caller.user_id):
        raise refuse(deps.factory, caller.workspace_id, caller.actor, command)


def change(deps: Deps, client: WebClient, caller: Caller, command: m.Command, work: Work) -> Reply:
    """Check rights, then run `work` in one write transaction that commits only if it returns."""
    require_admin(deps, client, caller, command)
    with deps.factory(caller.workspace_id, write=True) as uow:
        reply = work(uow)
        uow.commit()
    return reply


def read(deps: Deps, caller: Caller, work: Callable[[AppUnitOfWork], T]) -> T:
    """Run `work` in a read-only transaction."""
    prepare_workspace(deps.factory, caller.workspace_id)
    with deps.factory(caller.workspace_id, write=False) as uow:
        return work(uow)


def happened_after(moment: datetime, opened_at: float) -> bool:
    """True when `moment` is not before the form was opened (a second of slack for clock skew)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.timestamp() >= opened_at - 1.0
