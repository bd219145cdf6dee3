"""Sites, teams and agents round-trip, search by name, and refuse removals that orphan rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.exc import IntegrityError

from domain.errors import DuplicateName, SiteHasTeams, TeamHasAgents
from domain.org import Agent, Site, Team, TeamKind
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import WORKSPACE, Org


def test_sites_round_trip_with_their_profile_name(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        east = uow.sites.add("East", org.solo.id)
        uow.sites.set_profile(east.id, org.chat_heavy.id)
        assert uow.sites.get_by_name("EAST") == Site(
            id=east.id, name="East", profile_id=org.chat_heavy.id, profile_name="Chat Heavy"
        )
        assert [s.name for s in uow.sites.list()] == ["East", "North", "South"]
        assert uow.sites.names() == ["East", "North", "South"]
        assert uow.sites.team_count(east.id) == 0
        uow.sites.delete(east.id)
        assert uow.sites.get_by_name("East") is None


def test_teams_round_trip_with_site_and_profile_names(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE, write=False) as uow:
        north = uow.sites.get_by_name("North")
        assert north is not None
        tier1 = uow.teams.get_by_name("tier 1")
        assert tier1 == Team(
            id=tier1.id if tier1 else 0,
            name="Tier 1",
            site_id=north.id,
            site_name="North",
            kind=TeamKind.AGENT,
            profile_id=org.chat_heavy.id,
            profile_name="Chat Heavy",
        )
        assert [t.name for t in uow.teams.list()] == ["Overflow", "Tier 1", "Tier 2"]
        assert [t.name for t in uow.teams.list(site_id=north.id)] == ["Overflow", "Tier 1"]
        assert uow.teams.names() == ["Overflow", "Tier 1", "Tier 2"]
        assert uow.teams.agent_count(tier1.id if tier1 else 0) == 1


def test_agents_round_trip_with_teams_in_name_order(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        tier2 = uow.teams.get_by_name("Tier 2")
        overflow = uow.teams.get_by_name("Overflow")
        assert tier2 is not None
        assert overflow is not None
        dee = uow.agents.add(
            "Dee", email="dee@example.com", slack_user="U9", team_ids=[tier2.id, overflow.id]
        )
        assert dee == Agent(
            id=dee.id,
            name="Dee",
            email="dee@example.com",
            slack_user="U9",
            teams=("Overflow", "Tier 2"),
        )
        uow.agents.update(dee.id, email=None, slack_user="U10")
        uow.agents.set_profile(dee.id, org.solo.id)
        uow.agents.set_teams(dee.id, [tier2.id])
        assert uow.agents.get_by_name("dee") == Agent(
            id=dee.id,
            name="Dee",
            slack_user="U10",
            profile_id=org.solo.id,
            profile_name="Solo",
            teams=("Tier 2",),
        )
        assert [a.name for a in uow.agents.list()] == ["Ann Lee", "Bob", "Cid", "Dee"]
        assert [a.name for a in uow.agents.list(team_id=tier2.id)] == ["Ann Lee", "Cid", "Dee"]
        assert uow.agents.list(team_id=tier2.id)[0].teams == ("Tier 1", "Tier 2")
        uow.agents.delete(dee.id)
        assert uow.agents.get_by_name("Dee") is None
        assert uow.teams.agent_count(tier2.id) == 2


def test_search_finds_names_containing_the_text_in_any_case(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        north = uow.sites.get_by_name("North")
        assert north is not None
        uow.teams.add("Tier_3", north.id, TeamKind.AGENT)
        assert uow.teams.search("TIER", limit=10) == ["Tier 1", "Tier 2", "Tier_3"]
        assert uow.teams.search("tier", limit=1) == ["Tier 1"]
        # "_" is a name character here, not a LIKE wildcard.
        assert uow.teams.search("r_", limit=10) == ["Tier_3"]
        assert uow.sites.search("OUT", limit=5) == ["South"]
        assert uow.agents.search("lee", limit=5) == ["Ann Lee"]
        assert uow.agents.search("zzz", limit=5) == []


def test_site_team_and_agent_names_are_unique_regardless_of_case(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        north = uow.sites.get_by_name("North")
        assert north is not None
        with pytest.raises(DuplicateName) as site:
            uow.sites.add("north", org.default.id)
        with pytest.raises(DuplicateName) as team:
            uow.teams.add("TIER 1", north.id, TeamKind.AGENT)
        with pytest.raises(DuplicateName) as agent:
            uow.agents.add("ann lee", email=None, slack_user=None, team_ids=[])
    assert [e.value.params["existing"] for e in (site, team, agent)] == [
        "North",
        "Tier 1",
        "Ann Lee",
    ]
    assert [e.value.params["kind"] for e in (site, team, agent)] == ["site", "team", "agent"]


def test_a_site_with_teams_and_a_team_with_agents_cannot_be_deleted(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        north = uow.sites.get_by_name("North")
        tier2 = uow.teams.get_by_name("Tier 2")
        assert north is not None
        assert tier2 is not None
        with pytest.raises(SiteHasTeams) as site:
            uow.sites.delete(north.id)
        with pytest.raises(TeamHasAgents) as team:
            uow.teams.delete(tier2.id)
        assert uow.sites.get_by_name("North") == north
    assert site.value.params == {"site": "North", "count": 2}
    assert team.value.params == {"team": "Tier 2", "count": 2}


def test_the_schema_refuses_a_profile_on_a_capacity_team(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        overflow = uow.teams.get_by_name("Overflow")
        assert overflow is not None
        with pytest.raises(IntegrityError):
            uow.teams.set_profile(overflow.id, org.solo.id)


def test_writes_to_unknown_ids_raise_lookup_error(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        writes: tuple[Callable[[], object], ...] = (
            lambda: uow.sites.set_profile(999_999, org.default.id),
            lambda: uow.teams.set_profile(999_999, None),
            lambda: uow.agents.set_profile(999_999, None),
            lambda: uow.agents.set_teams(999_999, []),
            lambda: uow.teams.delete(999_999),
        )
        for write in writes:
            with pytest.raises(LookupError):
                write()
