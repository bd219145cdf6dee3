"""Handlers for site, team and agent commands."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply, Table, channel_notice
from domain.messages import t
from domain.ports import UnitOfWork
from domain.services import org


def add_site(uow: UnitOfWork, actor: Actor, command: m.AddSite) -> Reply:
    site = org.add_site(uow, actor, command.name, command.profile)
    return Reply(
        headline=t("site.added", name=site.name, profile=site.profile_name),
        notice=channel_notice(uow, "notice.site_add", actor=actor.label, name=site.name),
    )


def list_sites(uow: UnitOfWork, _: Actor, __: m.ListSites) -> Reply:
    sites = uow.sites.list()
    if not sites:
        return Reply(headline=t("site.none"))
    rows = tuple((s.name, s.profile_name) for s in sites)
    return Reply(
        headline=t("site.list", count=len(sites)),
        table=Table(columns=(t("col.site"), t("col.profile")), rows=rows),
    )


def remove_site(uow: UnitOfWork, actor: Actor, command: m.RemoveSite) -> Reply:
    site = org.remove_site(uow, actor, command.name)
    return Reply(
        headline=t("site.removed", name=site.name),
        notice=channel_notice(uow, "notice.site_remove", actor=actor.label, name=site.name),
    )


def add_team(uow: UnitOfWork, actor: Actor, command: m.AddTeam) -> Reply:
    team = org.add_team(uow, actor, command.name, command.site, command.kind)
    return Reply(
        headline=t("team.added", name=team.name, site=team.site_name, kind=team.kind.value),
        notice=channel_notice(
            uow, "notice.team_add", actor=actor.label, name=team.name, site=team.site_name
        ),
    )


def list_teams(uow: UnitOfWork, _: Actor, command: m.ListTeams) -> Reply:
    teams = org.list_teams(uow, command.site)
    if not teams:
        return Reply(headline=t("team.none"))
    rows = tuple(
        (
            tm.name,
            tm.site_name,
            tm.kind.value,
            tm.profile_name or t("team.inherits", site=tm.site_name),
        )
        for tm in teams
    )
    columns = (t("col.team"), t("col.site"), t("col.kind"), t("col.profile"))
    return Reply(headline=t("team.list", count=len(teams)), table=Table(columns=columns, rows=rows))


def remove_team(uow: UnitOfWork, actor: Actor, command: m.RemoveTeam) -> Reply:
    team = org.remove_team(uow, actor, command.name)
    return Reply(
        headline=t("team.removed", name=team.name),
        notice=channel_notice(uow, "notice.team_remove", actor=actor.label, name=team.name),
    )


def add_agent(uow: UnitOfWork, actor: Actor, command: m.AddAgent) -> Reply:
    agent = org.add_agent(
        uow, actor, command.name, command.teams, email=command.email, slack_user=command.slack_user
    )
    return Reply(
        headline=t("agent.added", name=agent.name, teams=", ".join(agent.teams)),
        notice=channel_notice(uow, "notice.agent_add", actor=actor.label, name=agent.name),
    )


def list_agents(uow: UnitOfWork, _: Actor, command: m.ListAgents) -> Reply:
    agents = org.list_agents(uow, command.team)
    if not agents:
        return Reply(headline=t("agent.none"))
    rows = tuple(
        (
            a.name,
            ", ".join(a.teams),
            a.profile_name or t("agent.inherits"),
            a.email or "",
            a.slack_user or "",
        )
        for a in agents
    )
    columns = (t("col.agent"), t("col.teams"), t("col.own_profile"), t("col.email"), t("col.slack"))
    return Reply(
        headline=t("agent.list", count=len(agents)), table=Table(columns=columns, rows=rows)
    )


def remove_agent(uow: UnitOfWork, actor: Actor, command: m.RemoveAgent) -> Reply:
    agent = org.remove_agent(uow, actor, command.name)
    return Reply(
        headline=t("agent.removed", name=agent.name),
        notice=channel_notice(uow, "notice.agent_remove", actor=actor.label, name=agent.name),
    )


def set_agent_teams(uow: UnitOfWork, actor: Actor, command: m.SetAgentTeams) -> Reply:
    agent = org.set_agent_teams(uow, actor, command.name, command.teams)
    return Reply(
        headline=t("agent.teams_set", name=agent.name, teams=", ".join(agent.teams)),
        notice=channel_notice(uow, "notice.agent_teams", actor=actor.label, name=agent.name),
    )
