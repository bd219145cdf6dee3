"""Assignment rules and the effective profile through inheritance (SPEC §1–§2)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from domain.audit import SYSTEM_ACTOR
from domain.clock import utc_now
from domain.commands.syntax import CommandSyntaxError
from domain.errors import (
    CapacityTeamHasNoProfile,
    MultimediaDisabled,
    NotFound,
    ProfileInactive,
    SiteHasTeams,
    TeamHasAgents,
)
from domain.org import TeamKind
from domain.ports import UnitOfWorkFactory
from storage.bulk import BulkAgent, BulkOrg, BulkSite, BulkTeam, load_org
from tests.integration.domain.conftest import Runner
from tests.support.commands import Shown as Reply


def effective_rows(reply: Reply) -> dict[str, tuple[str, str]]:
    assert reply.table is not None
    return {team: (profile, source) for team, profile, source in reply.table.rows}


def test_effective_shows_one_line_per_team_with_profile_and_source(org: Runner) -> None:
    org('create "Email Only" type=blended email=5')
    org('create "Voice Only" type=exclusive channels=voice')
    org('assign "Chat Heavy" team "Tier 2"')
    rows = effective_rows(org('effective "Ann Lee"'))
    assert rows == {
        "Tier 1": ("Default_Telephony_Profile", "from site Budapest"),
        "Tier 2": ("Chat Heavy", "from team Tier 2"),
    }
    org('assign "Voice Only" agent "Ann Lee"')
    rows = effective_rows(org('effective "Ann Lee"'))
    assert rows == {"Tier 1": ("Voice Only", "own"), "Tier 2": ("Voice Only", "own")}


def test_reassigning_the_site_changes_every_agent_that_inherits(org: Runner) -> None:
    org('assign "Chat Heavy" site Budapest')
    assert effective_rows(org("effective Bob")) == {"Tier 2": ("Chat Heavy", "from site Budapest")}
    assert set(effective_rows(org('effective "Ann Lee"')).values()) == {
        ("Chat Heavy", "from site Budapest")
    }
    usage = org('usage "Chat Heavy"').as_text()
    assert "reaches 2 agents" in usage


def test_unassigning_a_team_makes_it_inherit_from_its_site_again(org: Runner) -> None:
    org('assign "Chat Heavy" team "Tier 2"')
    org('unassign team "Tier 2"')
    assert effective_rows(org("effective Bob")) == {
        "Tier 2": ("Default_Telephony_Profile", "from site Budapest")
    }


def test_an_inactive_profile_cannot_be_assigned(org: Runner) -> None:
    org("create Spare type=blended chat=1")
    org("deactivate Spare")
    with pytest.raises(ProfileInactive, match='"Spare" is inactive'):
        org("assign Spare agent Bob")


def test_a_capacity_based_team_never_gets_a_profile(org: Runner) -> None:
    with pytest.raises(CapacityTeamHasNoProfile, match="capacity-based"):
        org('assign "Chat Heavy" team Overflow')


def test_assignments_are_refused_while_multimedia_is_off_and_everyone_gets_the_default(
    org: Runner,
) -> None:
    org('assign "Chat Heavy" agent Bob')
    org("settings multimedia=off")
    with pytest.raises(MultimediaDisabled, match="settings multimedia=on"):
        org('assign "Chat Heavy" team "Tier 1"')
    reply = org("effective Bob")
    assert effective_rows(reply) == {"Tier 2": ("Default_Telephony_Profile", "multimedia is off")}
    org('create "Prepared" type=blended chat=2')


def test_a_site_cannot_be_unassigned(org: Runner) -> None:
    with pytest.raises(CommandSyntaxError, match="always has a profile"):
        org("unassign site Budapest")


def test_removing_a_site_with_teams_or_a_team_with_agents_is_refused(org: Runner) -> None:
    with pytest.raises(SiteHasTeams, match="still has 3 team"):
        org("site remove Budapest")
    with pytest.raises(TeamHasAgents, match="still has 1 agent"):
        org('team remove "Tier 1"')
    org('agent teams "Ann Lee" team="Tier 2"')
    org('team remove "Tier 1"')
    with pytest.raises(NotFound):
        org("team list site=Nowhere")


def test_an_agent_needs_existing_teams(org: Runner) -> None:
    with pytest.raises(NotFound, match=r'no team named "Tier 3"\. Did you mean') as refusal:
        org('agent add Cecil team="Tier 3"')
    assert {"Tier 1", "Tier 2"} <= set(refusal.value.suggestions)


def test_a_misspelt_agent_among_thousands_is_still_suggested(org: Runner, engine: Engine) -> None:
    # The bulk loader writes the 5,001 agents in a few statements, not 5,001 unit-of-work calls.
    thousands = BulkOrg(
        profiles=(),
        sites=(BulkSite("Szeged", profile=-1),),
        teams=(BulkTeam("Tier 3", site=0, kind=TeamKind.AGENT, profile=None),),
        agents=[
            BulkAgent(f"Agent {number:05d}", email=None, profile=None, teams=(0,))
            for number in range(5_001)
        ],
    )
    load_org(engine, "T1", thousands, actor=SYSTEM_ACTOR, at=utc_now())
    with pytest.raises(NotFound) as refusal:
        org('effective "Agent 04321x"')
    assert refusal.value.suggestions[0] == "Agent 04321"


def test_assigning_a_profile_a_target_already_has_changes_and_audits_nothing(
    org: Runner,
) -> None:
    org('assign "Chat Heavy" team "Tier 1"')
    again = org('assign "Chat Heavy" team "tier 1"')
    assert "nothing changed" in again.headline
    assert again.notice is None
    history = org('history "Chat Heavy"')
    assert history.table is not None
    assert [row[2] for row in history.table.rows].count("team.assign") == 1


def test_saving_settings_that_already_hold_changes_and_audits_nothing(
    org: Runner, uow_factory: UnitOfWorkFactory
) -> None:
    with uow_factory("T1", write=False) as uow:
        before = len(uow.audit.latest(limit=1000))
    reply = org("settings multimedia=on")
    assert "nothing changed" in reply.headline
    with uow_factory("T1", write=False) as uow:
        assert len(uow.audit.latest(limit=1000)) == before
