"""A workspace ready for racing changes, and a way to run one change inside a held transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from sqlalchemy import Engine, text

from domain.application.workspaces import prepare_workspace
from domain.audit import Actor
from domain.commands.grammar import parse
from domain.ports import UnitOfWork, UnitOfWorkFactory
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import Shown as Reply
from tests.support.commands import run

WORKSPACE = "TRACE"
ALICE = Actor(kind="slack", id="UALICE", name="alice")
BOB = Actor(kind="slack", id="UBOB", name="bob")
T = TypeVar("T")

Command = Callable[..., Reply]

# Rows that name a profile that is not active: must always be empty (SPEC §2).
INACTIVE_BUT_ASSIGNED = text(
    """
    SELECT 'site', s.name FROM sites s JOIN profiles p ON p.id = s.profile_id WHERE NOT p.active
    UNION ALL
    SELECT 'team', t.name FROM teams t JOIN profiles p ON p.id = t.profile_id WHERE NOT p.active
    UNION ALL
    SELECT 'agent', a.name FROM agents a JOIN profiles p ON p.id = a.profile_id WHERE NOT p.active
    """
)


@pytest.fixture
def command(uow_factory: SqlUnitOfWorkFactory) -> Command:
    """`command('assign X agent Y', actor=ALICE)` runs one command as an administrator."""
    prepare_workspace(uow_factory, WORKSPACE)

    def runner(line: str, *, actor: Actor = ALICE) -> Reply:
        return run(
            parse(line), factory=uow_factory, workspace_id=WORKSPACE, actor=actor, is_admin=True
        )

    return runner


@pytest.fixture
def small_org(command: Command) -> Command:
    """Multimedia on; site Pest with agent-based team Desk; agent Ann in Desk."""
    for line in (
        "settings multimedia=on",
        "site add Pest",
        "team add Desk site=Pest",
        "agent add Ann team=Desk",
    ):
        command(line)
    return command


def in_transaction(
    factory: UnitOfWorkFactory, change: Callable[[UnitOfWork], T], hold: Callable[[], None]
) -> T:
    """Run `change` in one write unit of work, call `hold` just before committing, then commit."""
    with factory(WORKSPACE) as uow:
        result = change(uow)
        hold()
        uow.commit()
    return result


def inactive_but_assigned(engine: Engine) -> list[tuple[str, str]]:
    """Sites, teams and agents that point at an inactive profile (there must be none)."""
    with engine.connect() as connection:
        return [(kind, name) for kind, name in connection.execute(INACTIVE_BUT_ASSIGNED)]
