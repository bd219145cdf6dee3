"""Assigning profiles to sites, teams and agents, and unassigning teams and agents (SPEC §2)."""

from __future__ import annotations

from dataclasses import dataclass

from domain import rules
from domain.audit import Actor
from domain.ports import UnitOfWork
from domain.profiles import Profile
from domain.services import audit, lookup
from domain.services.workspaces import require_multimedia


@dataclass(frozen=True)
class Assignment:
    """The profile assigned, and whether the target had another one before."""

    profile: Profile
    changed: bool


def assignable(uow: UnitOfWork, name: str) -> Profile:
    """The named profile, locked until the change commits, if it may be assigned."""
    profile = lookup.profile(uow, name, for_update=True)
    rules.check_assignable(profile.name, active=profile.active)
    return profile


def assign_to_site(uow: UnitOfWork, actor: Actor, profile_name: str, site_name: str) -> Assignment:
    """Give a site another profile; every team and agent that inherits follows at once."""
    require_multimedia(uow)
    profile = assignable(uow, profile_name)
    site = lookup.site(uow, site_name)
    if site.profile_id == profile.id:
        return Assignment(profile, changed=False)
    uow.sites.set_profile(site.id, profile.id)
    _audit(uow, actor, "assign", "site", site.name, site.profile_name, profile)
    return Assignment(profile, changed=True)


def assign_to_team(uow: UnitOfWork, actor: Actor, profile_name: str, team_name: str) -> Assignment:
    """Give an agent-based team its own profile."""
    require_multimedia(uow)
    profile = assignable(uow, profile_name)
    team = lookup.team(uow, team_name)
    rules.check_team_takes_profile(team.name, team.kind)
    if team.profile_id == profile.id:
        return Assignment(profile, changed=False)
    uow.teams.set_profile(team.id, profile.id)
    _audit(uow, actor, "assign", "team", team.name, team.profile_name, profile)
    return Assignment(profile, changed=True)


def assign_to_agent(
    uow: UnitOfWork, actor: Actor, profile_name: str, agent_name: str
) -> Assignment:
    """Give an agent its own profile, whatever its teams and sites say."""
    require_multimedia(uow)
    profile = assignable(uow, profile_name)
    agent = lookup.agent(uow, agent_name)
    if agent.profile_id == profile.id:
        return Assignment(profile, changed=False)
    uow.agents.set_profile(agent.id, profile.id)
    _audit(uow, actor, "assign", "agent", agent.name, agent.profile_name, profile)
    return Assignment(profile, changed=True)


def unassign_team(uow: UnitOfWork, actor: Actor, team_name: str) -> str:
    """Drop a team's own profile so it inherits its site's again; returns the site's name."""
    require_multimedia(uow)
    team = lookup.team(uow, team_name)
    if team.profile_id is not None:
        uow.teams.set_profile(team.id, None)
        _audit_unassign(uow, actor, "team", team.name, team.profile_name, team.profile_id)
    return team.site_name


def unassign_agent(uow: UnitOfWork, actor: Actor, agent_name: str) -> str:
    """Drop an agent's own profile so it inherits from its teams again; returns the agent's name."""
    require_multimedia(uow)
    agent = lookup.agent(uow, agent_name)
    if agent.profile_id is not None:
        uow.agents.set_profile(agent.id, None)
        _audit_unassign(uow, actor, "agent", agent.name, agent.profile_name, agent.profile_id)
    return agent.name


def _audit(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    kind: str,
    name: str,
    old: str | None,
    profile: Profile,
) -> None:
    audit.record(
        uow,
        actor,
        f"{kind}.{action}",
        kind,
        name,
        profile_id=profile.id,
        before={"profile": old},
        after={"profile": profile.name},
    )


def _audit_unassign(
    uow: UnitOfWork, actor: Actor, kind: str, name: str, old: str | None, old_id: int
) -> None:
    audit.record(
        uow,
        actor,
        f"{kind}.unassign",
        kind,
        name,
        profile_id=old_id,
        before={"profile": old},
        after={"profile": None},
    )
