"""Handlers for assign and unassign."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.messages import msg
from domain.ports import UnitOfWork
from domain.services import assignments


def assign(uow: UnitOfWork, actor: Actor, command: m.Assign) -> Reply:
    assign_to = {
        m.TargetKind.SITE: assignments.assign_to_site,
        m.TargetKind.TEAM: assignments.assign_to_team,
        m.TargetKind.AGENT: assignments.assign_to_agent,
    }[command.target_kind]
    assignment = assign_to(uow, actor, command.profile, command.target)
    profile = assignment.profile
    kind = command.target_kind.value
    if not assignment.changed:
        return Reply(
            headline=msg(
                "assign.unchanged", kind=kind, target=command.target.strip(), profile=profile.name
            )
        )
    return Reply(
        headline=msg(f"assign.done.{kind}", profile=profile.name, target=command.target.strip()),
        notice=msg(
            "notice.assign",
            actor=actor,
            profile=profile.name,
            kind=kind,
            target=command.target.strip(),
        ),
    )


def unassign(uow: UnitOfWork, actor: Actor, command: m.Unassign) -> Reply:
    kind = command.target_kind.value
    if command.target_kind is m.TargetKind.TEAM:
        site = assignments.unassign_team(uow, actor, command.target)
        headline = msg("unassign.done.team", target=command.target.strip(), site=site)
    else:
        assignments.unassign_agent(uow, actor, command.target)
        headline = msg("unassign.done.agent", target=command.target.strip())
    return Reply(
        headline=headline,
        notice=msg("notice.unassign", actor=actor, kind=kind, target=command.target.strip()),
    )
