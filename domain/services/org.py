"""Sites, teams and agents: adding, listing, moving and removing them."""

from __future__ import annotations

from collections.abc import Sequence

from domain.audit import Actor
from domain.errors import DuplicateName, SiteHasTeams, TeamHasAgents
from domain.org import (
    Agent,
    Site,
    Team,
    TeamKind,
    clean_email,
    clean_org_name,
    clean_slack_user,
)
from domain.ports import UnitOfWork
from domain.profiles import DEFAULT_PROFILE_NAME
from domain.services import audit, lookup
from domain.services.assignments import assignable
from domain.services.workspaces import require_multimedia


def add_site(uow: UnitOfWork, actor: Actor, name: str, profile_name: str | None = None) -> Site:
    """A new site, with Default_Telephony_Profile unless another profile is given."""
    clean = clean_org_name("site", name)
    if (existing := uow.sites.get_by_name(clean)) is not None:
        raise DuplicateName("site", clean, existing.name)
    wanted = profile_name or DEFAULT_PROFILE_NAME
    if lookup.profile(uow, wanted).name != DEFAULT_PROFILE_NAME:
        require_multimedia(uow)
    profile = assignable(uow, wanted)
    site = uow.sites.add(clean, profile.id)
    audit.record(
        uow,
        actor,
        "site.add",
        "site",
        site.name,
        profile_id=profile.id,
        after={"profile": profile.name},
    )
    return site


def remove_site(uow: UnitOfWork, actor: Actor, name: str) -> Site:
    """Remove a site that has no teams left."""
    site = lookup.site(uow, name)
    if teams := uow.sites.team_count(site.id):
        raise SiteHasTeams(site.name, teams)
    uow.sites.delete(site.id)
    audit.record(
        uow, actor, "site.remove", "site", site.name, before={"profile": site.profile_name}
    )
    return site


def add_team(uow: UnitOfWork, actor: Actor, name: str, site_name: str, kind: TeamKind) -> Team:
    """A new team on a site; it inherits the site's profile."""
    clean = clean_org_name("team", name)
    if (existing := uow.teams.get_by_name(clean)) is not None:
        raise DuplicateName("team", clean, existing.name)
    site = lookup.site(uow, site_name)
    team = uow.teams.add(clean, site.id, kind)
    audit.record(
        uow, actor, "team.add", "team", team.name, after={"site": site.name, "kind": kind.value}
    )
    return team


def remove_team(uow: UnitOfWork, actor: Actor, name: str) -> Team:
    """Remove a team that has no agents left."""
    team = lookup.team(uow, name)
    if agents := uow.teams.agent_count(team.id):
        raise TeamHasAgents(team.name, agents)
    uow.teams.delete(team.id)
    audit.record(
        uow,
        actor,
        "team.remove",
        "team",
        team.name,
        before={"site": team.site_name, "kind": team.kind.value},
    )
    return team


def _team_ids(uow: UnitOfWork, names: Sequence[str]) -> tuple[list[int], list[str]]:
    teams = [lookup.team(uow, name) for name in dict.fromkeys(n.strip() for n in names)]
    return [t.id for t in teams], [t.name for t in teams]


def add_agent(
    uow: UnitOfWork,
    actor: Actor,
    name: str,
    teams: Sequence[str],
    *,
    email: str | None = None,
    slack_user: str | None = None,
) -> Agent:
    """A new agent in one or more teams."""
    clean = clean_org_name("agent", name)
    if (existing := uow.agents.get_by_name(clean)) is not None:
        raise DuplicateName("agent", clean, existing.name)
    address = clean_email(email)
    slack_user = clean_slack_user(slack_user)
    team_ids, team_names = _team_ids(uow, teams)
    agent = uow.agents.add(clean, email=address, slack_user=slack_user or None, team_ids=team_ids)
    audit.record(
        uow,
        actor,
        "agent.add",
        "agent",
        agent.name,
        after={"teams": team_names, "email": address, "slack": slack_user or None},
    )
    return agent


def update_agent_contact(
    uow: UnitOfWork, actor: Actor, name: str, *, email: str | None, slack_user: str | None
) -> Agent:
    """Change an agent's email address and Slack user."""
    agent = lookup.agent(uow, name)
    address = clean_email(email)
    slack_user = clean_slack_user(slack_user)
    uow.agents.update(agent.id, email=address, slack_user=slack_user or None)
    audit.record(
        uow,
        actor,
        "agent.update",
        "agent",
        agent.name,
        before={"email": agent.email, "slack": agent.slack_user},
        after={"email": address, "slack": slack_user or None},
    )
    return lookup.agent(uow, agent.name)


def set_agent_teams(uow: UnitOfWork, actor: Actor, name: str, teams: Sequence[str]) -> Agent:
    """Replace the teams an agent belongs to."""
    agent = lookup.agent(uow, name)
    team_ids, team_names = _team_ids(uow, teams)
    uow.agents.set_teams(agent.id, team_ids)
    audit.record(
        uow,
        actor,
        "agent.teams",
        "agent",
        agent.name,
        before={"teams": list(agent.teams)},
        after={"teams": team_names},
    )
    return lookup.agent(uow, agent.name)


def remove_agent(uow: UnitOfWork, actor: Actor, name: str) -> Agent:
    """Remove an agent from every team and from the workspace."""
    agent = lookup.agent(uow, name)
    uow.agents.delete(agent.id)
    audit.record(
        uow,
        actor,
        "agent.remove",
        "agent",
        agent.name,
        profile_id=agent.profile_id,
        before={"teams": list(agent.teams), "profile": agent.profile_name},
    )
    return agent


def list_teams(uow: UnitOfWork, site_name: str | None = None) -> list[Team]:
    """Every team, or a site's teams."""
    site_id = lookup.site(uow, site_name).id if site_name else None
    return uow.teams.list(site_id)
