"""Applying the agent steps of a plan: new agents in bulk, changed agents through the services."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from domain.audit import Actor, AuditRecord
from domain.clock import utc_now
from domain.services import assignments, org
from domain.transfer.plan_agents import AgentStep
from domain.transfer.ports import ImportUnitOfWork, NewAgent
from domain.transfer.steps import Outcome

Progress = Callable[[int, int], None]
BATCH = 500


def _added_records(actor: Actor, step: AgentStep, profile_id: int | None) -> list[AuditRecord]:
    """The records `agent add` followed by `assign … agent` would write, so history reads the same."""
    item, at = step.item, utc_now()
    records = [
        AuditRecord(
            at=at,
            actor=actor,
            action="agent.add",
            object_type="agent",
            object_name=item.name,
            after={"teams": list(item.teams), "email": item.email, "slack": item.slack},
        )
    ]
    if item.profile is not None:
        records.append(
            AuditRecord(
                at=at,
                actor=actor,
                action="agent.assign",
                object_type="agent",
                object_name=item.name,
                profile_id=profile_id,
                before={"profile": None},
                after={"profile": item.profile},
            )
        )
    return records


def _create(
    uow: ImportUnitOfWork,
    actor: Actor,
    steps: Sequence[AgentStep],
    team_ids: dict[str, int],
    profile_ids: dict[str, int],
) -> None:
    agents: list[NewAgent] = []
    records: list[AuditRecord] = []
    for step in steps:
        item = step.item
        profile_id = profile_ids[item.profile.casefold()] if item.profile else None
        agents.append(
            NewAgent(
                name=item.name,
                email=item.email,
                slack_user=item.slack,
                profile_id=profile_id,
                team_ids=tuple(team_ids[team.casefold()] for team in item.teams),
            )
        )
        records += _added_records(actor, step, profile_id)
    uow.bulk.add_agents(agents)
    uow.bulk.add_audit(records)


def _change(uow: ImportUnitOfWork, actor: Actor, step: AgentStep) -> None:
    item, current = step.item, step.current
    assert current is not None  # a changed agent exists
    if "email" in step.changed or "slack" in step.changed:
        org.update_agent_contact(uow, actor, current.name, email=item.email, slack_user=item.slack)
    if "teams" in step.changed:
        org.set_agent_teams(uow, actor, current.name, item.teams)
    if "profile" in step.changed:
        if item.profile is None:
            assignments.unassign_agent(uow, actor, current.name)
        else:
            assignments.assign_to_agent(uow, actor, item.profile, current.name)


def apply_agents(
    uow: ImportUnitOfWork, actor: Actor, steps: Sequence[AgentStep], progress: Progress
) -> None:
    """Create and change agents, reporting (done, total) after every batch."""
    creates = [s for s in steps if s.outcome is Outcome.CREATE]
    changes = [s for s in steps if s.outcome is Outcome.CHANGE]
    total, done = len(creates) + len(changes), 0
    # Ids read once, after the plan's teams and profiles exist, instead of once per agent.
    team_ids = {team.name.casefold(): team.id for team in uow.teams.list()}
    profile_ids = {p.name.casefold(): p.id for p in uow.profiles.list()}
    for start in range(0, len(creates), BATCH):
        batch = creates[start : start + BATCH]
        _create(uow, actor, batch, team_ids, profile_ids)
        done += len(batch)
        progress(done, total)
    for step in changes:
        _change(uow, actor, step)
        done += 1
        if done % BATCH == 0 or done == total:
            progress(done, total)
