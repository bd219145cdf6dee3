"""The bulk loader builds a workspace the services can read, and `usage` counts reached agents
exactly as the effective-profile rule says, for every profile of a generated organisation."""

from __future__ import annotations

from collections import defaultdict

from bench.generate import TINY, Sizes, build_org, generate
from domain.profiles import ProfileState
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


def test_a_generated_workspace_never_assigns_an_inactive_profile(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    # Forty profiles: a few of them are inactive whatever the seed does.
    generate(uow_factory, build_org(Sizes(profiles=40, sites=3, teams=12, agents=60)), WORKSPACE)
    with uow_factory(WORKSPACE, write=False) as uow:
        inactive = uow.profiles.list(ProfileState.INACTIVE)
        assert inactive
        assert all(uow.profiles.references(p.id, limit=1).total == 0 for p in inactive)
