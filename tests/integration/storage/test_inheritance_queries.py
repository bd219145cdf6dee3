"""Effective profiles, usage, references and the report's aggregates, on a small org."""

from __future__ import annotations

from domain.org import ProfileSource
from domain.profiles import DEFAULT_PROFILE_NAME, ProfileState
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import WORKSPACE, Org
from tests.support.texts import english


def test_effective_profile_comes_from_the_team_or_the_site_per_team(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE, write=False) as uow:
        ann = uow.agents.get_by_name("ann lee")
        assert ann is not None
        rows = uow.agents.effective(ann.id)
    assert [(r.team, r.profile_name, r.source, r.source_name) for r in rows] == [
        ("Tier 1", "Chat Heavy", ProfileSource.TEAM, "Tier 1"),
        ("Tier 2", "Email Desk", ProfileSource.SITE, "South"),
    ]
    assert {r.agent for r in rows} == {"Ann Lee"}
    assert rows[0].profile_id == org.chat_heavy.id


def test_an_agents_own_profile_wins_even_in_a_capacity_team(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE, write=False) as uow:
        bob = uow.agents.get_by_name("BOB")
        assert bob is not None
        rows = uow.agents.effective(bob.id)
    assert [(r.team, r.profile_name, r.source, r.source_name) for r in rows] == [
        ("Overflow", "Solo", ProfileSource.OWN, "Bob"),
    ]


def test_unassigning_a_team_profile_makes_its_agents_inherit_the_site_again(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        tier1 = uow.teams.get_by_name("Tier 1")
        ann = uow.agents.get_by_name("Ann Lee")
        assert tier1 is not None
        assert ann is not None
        uow.teams.set_profile(tier1.id, None)
        first = uow.agents.effective(ann.id)[0]
    assert (first.profile_name, first.source, first.source_name) == (
        DEFAULT_PROFILE_NAME,
        ProfileSource.SITE,
        "North",
    )


def test_usage_lists_direct_references_and_counts_the_agents_reached(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE, write=False) as uow:
        email_desk = uow.profiles.usage(org.email_desk.id, offset=0, limit=25)
        second = uow.profiles.usage(org.email_desk.id, offset=1, limit=1)
        default = uow.profiles.usage(org.default.id)
        solo = uow.profiles.usage(org.solo.id)
    assert email_desk.model_dump() == {
        "profile": "Email Desk",
        "sites": ("South",),
        "teams": (),
        "agents": (),
        "reached_agents": 2,
        "reached_page": ("Ann Lee", "Cid"),
    }
    assert (second.reached_agents, second.reached_page) == (2, ("Cid",))
    # North is referenced, but every North team has its own profile or every agent their own.
    assert (default.sites, default.reached_agents) == (("North",), 0)
    assert (solo.agents, solo.reached_agents, solo.direct_references) == (("Bob",), 1, 1)


def test_references_show_the_first_labels_in_site_team_agent_order_and_the_total(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        cid = uow.agents.get_by_name("Cid")
        north = uow.sites.get_by_name("North")
        assert cid is not None
        assert north is not None
        uow.agents.set_profile(cid.id, org.chat_heavy.id)
        uow.sites.set_profile(north.id, org.chat_heavy.id)
        first_two = uow.profiles.references(org.chat_heavy.id, limit=2)
        everything = uow.profiles.references(org.chat_heavy.id, limit=10)
        unused = uow.profiles.references(org.unused.id, limit=10)
    assert (first_two.referrers, first_two.total) == ((("site", "North"), ("team", "Tier 1")), 3)
    assert [english(label) for label in everything.labels] == [
        'site "North"',
        'team "Tier 1"',
        'agent "Cid"',
    ]
    assert (unused.labels, unused.total) == ((), 0)


def test_unassigned_active_lists_only_active_unreferenced_non_system_profiles(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        assert [p.name for p in uow.profiles.unassigned_active()] == ["Unused"]
        uow.profiles.save(org.unused.model_copy(update={"active": False}), expected_version=1)
        assert uow.profiles.unassigned_active() == []


def test_agents_per_effective_profile_counts_each_agent_once_per_profile(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE, write=False) as uow:
        counts = uow.profiles.agents_per_effective_profile()
    assert counts == {"Chat Heavy": 1, "Email Desk": 2, "Solo": 1}


def test_count_by_state_counts_active_inactive_and_all(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        uow.profiles.save(org.unused.model_copy(update={"active": False}), expected_version=1)
        counts = uow.profiles.count_by_state()
    assert counts == {ProfileState.ACTIVE: 4, ProfileState.INACTIVE: 1, ProfileState.ALL: 5}
