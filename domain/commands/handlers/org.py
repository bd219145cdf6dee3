"""Handlers for site, team and agent commands."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply, Table
from domain.messages import msg
from domain.ports import UnitOfWork
from domain.services import org


def add_site(uow: UnitOfWork, actor: Actor, command: m.AddSite) -> Reply:
    site = org.add_site(uow, actor, command.name, command.profile)
    return Reply(
        headline=msg("site.added", name=site.name, profile=site.profile_name),
        notice=msg("notice.site_add", actor=actor, name=site.name),
    )


def list_sites(uow: UnitOfWork, _: Actor, __: m.ListSites) -> Reply:
    sites = uow.sites.list()
    if not sites:
        return Reply(headline=msg("site.none"))
    rows = tuple((s.name, s.profile_name) for s in sites)
    return Reply(
        headline=msg("site.list", count=len(sites)),
        table=Table(columns=(msg("col.site"), msg("col.profile")), rows=rows),
    )


def remove_site(uow: UnitOfWork, actor: Actor, command: m.RemoveSite) -> Reply:
    site = org.remove_site(uow, actor, command.name)
    return Reply(
        headline=msg("site.removed", name=site.name),
        notice=msg("notice.site_remove", actor=actor, name=site.name),
    )


def add_team(uow: UnitOfWork, actor: Actor, command: m.AddTeam) -> Reply:
    team = org.add_team(uow, actor, command.name, command.site, command.kind)
    return Reply(
        headline=msg("team.added", name=team.name, site=team.site_name, kind=team.kind.value),
        notice=msg("notice.team_add", actor=actor, name=team.name, site=team.site_name),
    )


def list_teams(uow: UnitOfWork, _: Actor, command: m.ListTeams) -> Reply:
    teams = org.list_teams(uow, command.site)
    if not teams:
        return Reply(headline=msg("team.none"))
    rows = tuple(
        (
            tm.name,
            tm.site_name,
            tm.kind.value,
            tm.profile_name or msg("team.inherits", site=tm.site_name),
        )
        for tm in teams
    )
    columns = (msg("col.team"), msg("col.site"), msg("col.kind"), msg("col.profile"))
    return Reply(
        headline=msg("team.list", count=len(teams)), table=Table(columns=columns, rows=rows)
    )


def remove_team(uow: UnitOfWork, actor: Actor, command: m.RemoveTeam) -> Reply:
    team = org.remove_team(uow, actor, command.name)
    return Reply(
        headline=msg("team.removed", name=team.name),
        notice=msg("notice.team_remove", actor=actor, name=team.name),
    )


def add_agent(uow: UnitOfWork, actor: Actor, command: m.AddAgent) -> Reply:
    agent = org.add_agent(
        uow, actor, command.name, command.teams, email=command.email, slack_user=command.slack_user
    )
    return Reply(
        headline=msg("agent.added", name=agent.name, teams=", ".join(agent.teams)),
        notice=msg("notice.agent_add", actor=actor, name=agent.name),
    )


def list_agents(uow: UnitOfWork, _: Actor, command: m.ListAgents) -> Reply:
    agents = org.list_agents(uow, command.team)
    if not agents:
        return Reply(headline=msg("agent.none"))
    rows = tuple(
        (
            a.name,
            ", ".join(a.teams),
            a.profile_name or msg("agent.inherits"),
            a.email or "",
            a.slack_user or "",
        )
        for a in agents
    )
    columns = (
        msg("col.agent"),
        msg("col.teams"),
        msg("col.own_profile"),
        msg("col.email"),
        msg("col.slack"),
    )
    return Reply(
        headline=msg("agent.list", count=len(agents)), table=Table(columns=columns, rows=rows)
    )


def remove_agent(uow: UnitOfWork, actor: Actor, command: m.RemoveAgent) -> Reply:
    agent = org.remove_agent(uow, actor, command.name)
    return Reply(
        headline=msg("agent.removed", name=agent.name),
        notice=msg("notice.agent_remove", actor=actor, name=agent.name),
    )


def set_agent_teams(uow: UnitOfWork, actor: Actor, command: m.SetAgentTeams) -> Reply:
    agent = org.set_agent_teams(uow, actor, command.name, command.teams)
    return Reply(
        headline=msg("agent.teams_set", name=agent.name, teams=", ".join(agent.teams)),
        notice=msg("notice.agent_teams", actor=actor, name=agent.name),
    )
