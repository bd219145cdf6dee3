"""Renaming sites and teams, moving teams, editing agents: one audit record per object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from domain.audit import Actor
from domain.errors import DuplicateName
from domain.names import name_key
from domain.org import Agent, Site, Team, clean_email, clean_org_name, clean_slack_user
from domain.ports import UnitOfWork
from domain.services import audit, lookup

Named = Site | Team | Agent
# "Leave as it is" for the optional fields of `agent edit`; "" clears email and Slack user.
UNCHANGED = None


@dataclass(frozen=True)
class Renamed:
    """The old and the new name (equal when nothing changed)."""

    old: str
    new: str

    @property
    def changed(self) -> bool:
        return self.old != self.new


def _new_name(kind: str, old: str, new: str, taken: Callable[[str], Named | None]) -> str:
    """The cleaned new name; DuplicateName when another of its kind already has it."""
    clean = clean_org_name(kind, new)
    if name_key(clean) != name_key(old) and (existing := taken(clean)) is not None:
        raise DuplicateName(kind, clean, existing.name)
    return clean


def rename_site(uow: UnitOfWork, actor: Actor, name: str, new_name: str) -> Renamed:
    """Give a site a new name; its teams and agents keep everything else."""
    site = lookup.site(uow, name)
    clean = _new_name("site", site.name, new_name, uow.sites.get_by_name)
    if clean != site.name:
        uow.sites.rename(site.id, clean)
        _record(uow, actor, "site.rename", "site", clean, site.id, {"name": site.name}, clean)
    return Renamed(site.name, clean)


def rename_team(uow: UnitOfWork, actor: Actor, name: str, new_name: str) -> Renamed:
    """Give a team a new name."""
    team = lookup.team(uow, name)
    clean = _new_name("team", team.name, new_name, uow.teams.get_by_name)
    if clean != team.name:
        uow.teams.rename(team.id, clean)
        _record(uow, actor, "team.rename", "team", clean, team.id, {"name": team.name}, clean)
    return Renamed(team.name, clean)


@dataclass(frozen=True)
class Moved:
    team: Team
    old_site: str
    changed: bool


def move_team(uow: UnitOfWork, actor: Actor, name: str, site_name: str) -> Moved:
    """Put a team on another site; agents that inherit get the new site's profile at once."""
    team = lookup.team(uow, name)
    site: Site = lookup.site(uow, site_name)
    if site.id == team.site_id:
        return Moved(team, team.site_name, changed=False)
    uow.teams.move(team.id, site.id)
    audit.record(
        uow,
        actor,
        "team.move",
        "team",
        team.name,
        object_id=team.id,
        before={"site": team.site_name},
        after={"site": site.name},
    )
    return Moved(lookup.team(uow, team.name), team.site_name, changed=True)


@dataclass(frozen=True)
class AgentEdit:
    """What `agent edit` gives: None leaves a field as it is; '' clears email or Slack user."""

    name: str | None = UNCHANGED
    email: str | None = UNCHANGED
    slack_user: str | None = UNCHANGED


@dataclass(frozen=True)
class AgentEdited:
    agent: Agent
    old_name: str
    changed: tuple[str, ...]


def edit_agent(uow: UnitOfWork, actor: Actor, name: str, edit: AgentEdit) -> AgentEdited:
    """Change an agent's name, email address or Slack user, in one audit record."""
    agent = lookup.agent(uow, name)
    before: dict[str, Any] = {"name": agent.name, "email": agent.email, "slack": agent.slack_user}
    after = dict(before)
    if edit.name is not None:
        after["name"] = _new_name("agent", agent.name, edit.name, uow.agents.get_by_name)
    if edit.email is not None:
        after["email"] = clean_email(edit.email)
    if edit.slack_user is not None:
        after["slack"] = clean_slack_user(edit.slack_user)
    changed = tuple(key for key in before if before[key] != after[key])
    if not changed:
        return AgentEdited(agent, agent.name, ())
    if after["name"] != agent.name:
        uow.agents.rename(agent.id, after["name"])
    if "email" in changed or "slack" in changed:
        uow.agents.update(agent.id, email=after["email"], slack_user=after["slack"])
    audit.record(
        uow,
        actor,
        "agent.edit",
        "agent",
        after["name"],
        object_id=agent.id,
        profile_id=agent.profile_id,
        before={key: before[key] for key in changed},
        after={key: after[key] for key in changed},
    )
    return AgentEdited(lookup.agent(uow, after["name"]), agent.name, changed)


def _record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    kind: str,
    name: str,
    object_id: int,
    before: dict[str, Any],
    new_name: str,
) -> None:
    audit.record(
        uow, actor, action, kind, name, object_id=object_id, before=before, after={"name": new_name}
    )
