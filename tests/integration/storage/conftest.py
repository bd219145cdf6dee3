"""Builders for storage tests: a workspace with its default profile, and a small org."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from domain.audit import Actor, ActorKind
from domain.org import TeamKind
from domain.profiles import DEFAULT_PROFILE_SPEC, Profile, ProfileSpec
from domain.workspace import Workspace
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory

WORKSPACE = "T001"
OTHER_WORKSPACE = "T002"
ACTOR = Actor(kind=ActorKind.CLI, id="tester", name="tester")
AT = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def spec(name: str, *, chat: int = 1) -> ProfileSpec:
    """A valid blended profile spec."""
    return ProfileSpec.build(name=name, type="blended", voice=1, chat=chat)


def start_workspace(uow: SqlUnitOfWork) -> Profile:
    """Create the workspace row and its default profile, as the first command would."""
    uow.workspaces.ensure(Workspace(id=uow.workspace_id))
    return uow.profiles.add(DEFAULT_PROFILE_SPEC, system=True, actor=ACTOR, at=AT)


@dataclass(frozen=True)
class Org:
    """Site North (Default) with teams Tier 1 (own profile Chat Heavy) and Overflow (capacity);
    site South (Email Desk) with team Tier 2 (inherits). Ann is in Tier 1 and Tier 2;
    Bob is in Overflow with his own profile Solo; Cid is in Tier 2."""

    default: Profile
    chat_heavy: Profile
    email_desk: Profile
    solo: Profile
    unused: Profile


@pytest.fixture
def org(uow_factory: SqlUnitOfWorkFactory) -> Org:
    """The small hand-built org described on `Org`, committed in WORKSPACE."""
    with uow_factory(WORKSPACE) as uow:
        default = start_workspace(uow)
        chat_heavy = uow.profiles.add(spec("Chat Heavy", chat=5), system=False, actor=ACTOR, at=AT)
        email_desk = uow.profiles.add(spec("Email Desk"), system=False, actor=ACTOR, at=AT)
        solo = uow.profiles.add(spec("Solo"), system=False, actor=ACTOR, at=AT)
        unused = uow.profiles.add(spec("Unused"), system=False, actor=ACTOR, at=AT)
        north = uow.sites.add("North", default.id)
        south = uow.sites.add("South", email_desk.id)
        tier1 = uow.teams.add("Tier 1", north.id, TeamKind.AGENT)
        overflow = uow.teams.add("Overflow", north.id, TeamKind.CAPACITY)
        tier2 = uow.teams.add("Tier 2", south.id, TeamKind.AGENT)
        uow.teams.set_profile(tier1.id, chat_heavy.id)
        uow.agents.add("Ann Lee", email=None, slack_user=None, team_ids=[tier1.id, tier2.id])
        bob = uow.agents.add(
            "Bob", email="bob@example.com", slack_user="U1", team_ids=[overflow.id]
        )
        uow.agents.set_profile(bob.id, solo.id)
        uow.agents.add("Cid", email=None, slack_user=None, team_ids=[tier2.id])
        uow.commit()
    return Org(default, chat_heavy, email_desk, solo, unused)
