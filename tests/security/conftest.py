"""A workspace with a small organisation, commands run through the real executor, and a way
to see every row so a test can tell exactly what a command changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from domain.audit import Actor
from domain.commands.grammar import parse
from domain.commands.model import Command
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import running_app, seeded_app, standin
from tests.integration.faults.snapshot import Snapshot, snapshot
from tests.support.commands import Shown as Reply
from tests.support.commands import run

# The running Slack app (tests/integration/bot) serves the form and log tests here too.
__all__ = ["running_app", "seeded_app", "standin"]

WORKSPACE = "TSEC"
ADMIN = Actor(kind="slack", id="UADMIN", name="admin")
MEMBER = Actor(kind="slack", id="UMEMBER", name="member")

Runner = Callable[..., Reply]
ORG = (
    "settings multimedia=on",
    'create "Chat Heavy" type=blended voice=1 chat=5 email=2',
    "create Spare type=blended chat=1",
    "create Retired type=blended chat=2",
    "deactivate Retired",
    "site add Pest",
    "site add Empty",
    "team add Desk site=Pest",
    "team add Idle site=Pest",
    "agent add Ann team=Desk",
    'assign "Chat Heavy" team Desk',
)


@pytest.fixture
def command(uow_factory: SqlUnitOfWorkFactory) -> Runner:
    """`command(text, admin=False)` runs one command (its text, or the command itself, as a form
    or an import builds it) in WORKSPACE, as an administrator by default."""

    def runner(text: str | Command, *, admin: bool = True) -> Reply:
        return run(
            parse(text) if isinstance(text, str) else text,
            factory=uow_factory,
            workspace_id=WORKSPACE,
            actor=ADMIN if admin else MEMBER,
            is_admin=admin,
        )

    return runner


@pytest.fixture
def org(command: Runner) -> Runner:
    """The organisation of ORG, committed."""
    for text in ORG:
        command(text)
    return command


def rows(engine: Engine) -> Snapshot:
    """Every row of every table."""
    return snapshot(engine)


def without_audit(state: Snapshot) -> Snapshot:
    return {table: found for table, found in state.items() if table != "audit"}
