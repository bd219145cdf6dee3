"""The bulk loader builds a workspace the services can read, and `usage` counts reached agents
exactly as the effective-profile rule says, for every profile of a generated organisation."""

from __future__ import annotations

from collections import defaultdict

from bench.generate import TINY, Sizes, build_org, generate
from domain.application.workspaces import prepare_workspace
from domain.audit import SYSTEM_ACTOR
from domain.clock import utc_now
from domain.org import TeamKind
from domain.profiles import ProfileState
from storage.bulk import BulkAgent, BulkOrg, BulkSite, BulkTeam, load_org
from storage.uow import SqlUnitOfWorkFactory

WORKSPACE = "TBULK"


def test_every_profile_reaches_exactly_the_agents_whose_effective_profile_it_is(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    org = build_org(TINY, seed=3)
    generate(uow_factory, org, WORKSPACE)
    with uow_factory(WORKSPACE, write=False) as uow:
        reached: dict[int, set[int]] = defaultdict(set)
        agents = uow.agents.list()
        for agent in agents:
            for row in uow.agents.effective(agent.id):
                reached[row.profile_id].add(agent.id)
        profiles = uow.profiles.list(ProfileState.ALL)
        counted = {p.id: uow.profiles.usage(p.id).reached_agents for p in profiles}
    assert len(agents) == len(org.agents)
    assert len(profiles) == len(org.profiles) + 1  # and the default profile
    assert counted == {p.id: len(reached[p.id]) for p in profiles}
    assert sum(counted.values()) >= len(agents)


def test_the_reports_counts_are_the_effective_rule_per_agent_and_stay_in_their_workspace(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    generate(uow_factory, build_org(TINY, seed=4), WORKSPACE)
    generate(uow_factory, build_org(TINY, seed=9), "TOTHER")  # same names, other workspace
    with uow_factory(WORKSPACE, write=False) as uow:
        reached: dict[str, set[int]] = defaultdict(set)
        for agent in uow.agents.list():
            for row in uow.agents.effective(agent.id):
                reached[row.profile_name].add(agent.id)
        counted = uow.profiles.agents_per_effective_profile()
    assert counted == {name: len(agents) for name, agents in reached.items()}


def test_a_generated_workspace_never_assigns_an_inactive_profile(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    # Forty profiles: a few of them are inactive whatever the seed does.
    generate(uow_factory, build_org(Sizes(profiles=40, sites=3, teams=12, agents=60)), WORKSPACE)
    with uow_factory(WORKSPACE, write=False) as uow:
        inactive = uow.profiles.list(ProfileState.INACTIVE)
        assert inactive
        assert all(uow.profiles.references(p.id, limit=1).total == 0 for p in inactive)


def test_names_load_as_written_and_later_rows_get_new_ids(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    # PostgreSQL loads with COPY and ids taken from the sequences first; a name's quotes,
    # backslashes and accents must arrive as written, and the next ordinary insert must not
    # collide with an id the loader took.
    names = ["Kovács Éva", "Sean O'Brien", 'Back\\slash "quoted"', "Ünal Çelik", r"N\A"]
    org = BulkOrg(
        profiles=(),
        sites=(BulkSite("Győr", profile=-1),),
        teams=(BulkTeam("Ügyfélszolgálat", site=0, kind=TeamKind.AGENT, profile=None),),
        agents=[BulkAgent(name, email=None, profile=None, teams=(0,)) for name in names],
    )
    prepare_workspace(uow_factory, WORKSPACE)
    load_org(uow_factory.engine, WORKSPACE, org, actor=SYSTEM_ACTOR, at=utc_now())
    with uow_factory(WORKSPACE) as uow:
        team = uow.teams.get_by_name("ÜGYFÉLSZOLGÁLAT")
        assert team is not None
        assert team.name == "Ügyfélszolgálat"
        loaded = {agent.name: agent for agent in uow.agents.list()}
        assert sorted(loaded) == sorted(names)
        assert all(uow.agents.get_by_name(name) == loaded[name] for name in names)
        later = uow.agents.add("Later Agent", email=None, slack_user=None, team_ids=[team.id])
        uow.commit()
    assert later.id not in {agent.id for agent in loaded.values()}
    with uow_factory(WORKSPACE, write=False) as uow:
        assert {row.team for row in uow.agents.effective(later.id)} == {"Ügyfélszolgálat"}
