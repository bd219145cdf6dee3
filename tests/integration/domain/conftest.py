"""Running commands against a real store, as an administrator or not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from domain.audit import Actor
from domain.commands.grammar import parse
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import Shown as Reply
from tests.support.commands import run

ADMIN = Actor(kind="cli", id="admin", name="admin")
MEMBER = Actor(kind="slack", id="UMEMBER", name="member")

Runner = Callable[..., Reply]


@pytest.fixture
def mm(uow_factory: SqlUnitOfWorkFactory) -> Runner:
    """`mm('create X type=blended voice=1')` runs a command in workspace T1 as an administrator."""

    def runner(
        text: str, *, workspace: str = "T1", actor: Actor = ADMIN, admin: bool = True
    ) -> Reply:
        return run(
            parse(text), factory=uow_factory, workspace_id=workspace, actor=actor, is_admin=admin
        )

    return runner


@pytest.fixture
def org(mm: Runner) -> Runner:
    """A small organisation with multimedia on: site Budapest (teams Tier 1, Tier 2, Overflow
    (capacity)), agent Ann Lee in Tier 1 and Tier 2, agent Bob in Tier 2, profile Chat Heavy."""
    for text in (
        "settings multimedia=on",
        'create "Chat Heavy" type=blended voice=1 chat=5 email=2',
        "site add Budapest",
        'team add "Tier 1" site=Budapest',
        'team add "Tier 2" site=Budapest',
        "team add Overflow site=Budapest kind=capacity",
        'agent add "Ann Lee" team="Tier 1","Tier 2"',
        'agent add Bob team="Tier 2"',
    ):
        mm(text)
    return mm
