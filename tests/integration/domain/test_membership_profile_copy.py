"""Every team membership holds its agent's own profile (agent_teams.agent_profile_id), after
every kind of write that gives an agent a profile or a team: `usage` counts from that copy,
so a membership left behind would count an agent for the wrong profile."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from bench.generate import TINY, build_org, generate
from storage.tables import AgentRow, AgentTeamRow
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.integration.transfer.conftest import import_csv


def memberships_out_of_step(engine: Engine) -> int:
    query = (
        select(func.count())
        .select_from(AgentTeamRow)
        .join(AgentRow, AgentRow.id == AgentTeamRow.agent_id)
        .where(AgentTeamRow.agent_profile_id.is_distinct_from(AgentRow.profile_id))
    )
    with engine.connect() as connection:
        return int(connection.scalar(query) or 0)


def own_profile_memberships(engine: Engine) -> int:
    query = select(func.count()).where(AgentTeamRow.agent_profile_id.is_not(None))
    with engine.connect() as connection:
        return int(connection.scalar(query) or 0)


def test_every_write_keeps_the_memberships_copy_of_the_agents_profile(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    engine = uow_factory.engine
    steps = [
        'create "Voice Desk" type=exclusive channels=voice',
        'assign "Chat Heavy" agent "Ann Lee"',  # two memberships get it
        'agent add Cid team="Tier 1"',
        'assign "Voice Desk" agent Cid',
        'agent teams "Ann Lee" team="Tier 1",Overflow',  # new memberships of an agent with one
        'replace "Chat Heavy" with "Voice Desk"',
        "unassign agent Cid",
        'agent teams Cid team="Tier 2"',
        "agent remove Bob",
    ]
    for step in steps:
        org(step)
        assert memberships_out_of_step(engine) == 0, step
    assert own_profile_memberships(engine) == 2  # Ann Lee's two teams, now Voice Desk
    assert "reaches 1 agent." in org('usage "Voice Desk"').as_text()
    assert "reaches 0 agents" in org('usage "Chat Heavy"').as_text()

    import_csv(
        uow_factory,
        "T1",
        "name,email,slack,teams,profile\n"
        "Dora,,,Tier 1;Tier 2,Voice Desk\n"
        "Eve,,,Tier 2,\n"
        "Cid,,,Tier 1,Chat Heavy\n",  # an existing agent: new teams and a profile
    )
    assert memberships_out_of_step(engine) == 0
    assert own_profile_memberships(engine) == 2 + 2 + 1


def test_a_bulk_loaded_workspace_has_its_memberships_copy(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    org = build_org(TINY, seed=5)
    generate(uow_factory, org, "TBULK")
    assert any(agent.profile is not None for agent in org.agents)
    assert memberships_out_of_step(uow_factory.engine) == 0
    assert own_profile_memberships(uow_factory.engine) > 0
