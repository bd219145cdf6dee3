"""Reading the organisation and workspace commands: site, team, agent and settings."""

from __future__ import annotations

from domain.commands import values
from domain.commands.arguments import Arguments
from domain.commands.model import (
    AddAgent,
    AddSite,
    AddTeam,
    ChangeSettings,
    Command,
    ListAgents,
    ListSites,
    ListTeams,
    RemoveAgent,
    RemoveSite,
    RemoveTeam,
    SetAgentTeams,
    ShowSettings,
)
from domain.languages import Language
from domain.org import TeamKind

_TEAMS_EXAMPLE = 'team="Team A","Team B"'
_SETTINGS = (
    "multimedia",
    "report_channel",
    "report_schedule",
    "timezone",
    "audit_channel",
    "all_clear",
    "language",
)


def site(args: Arguments) -> Command:
    """site add <name> [profile=…] | site list | site remove <name>"""
    action, args = args.subcommand(("add", "list", "remove"))
    if action == "list":
        args.expect(0)
        return ListSites()
    if action == "remove":
        args.expect(1)
        return RemoveSite(name=args.word(0, "site_name"))
    args.expect(1, ("profile",))
    return AddSite(name=args.word(0, "site_name"), profile=args.text("profile"))


def team(args: Arguments) -> Command:
    """team add <name> site=… [kind=…] | team list [site=…] | team remove <name>"""
    action, args = args.subcommand(("add", "list", "remove"))
    if action == "list":
        args.expect(0, ("site",))
        return ListTeams(site=args.text("site"))
    if action == "remove":
        args.expect(1)
        return RemoveTeam(name=args.word(0, "team_name"))
    args.expect(1, ("site", "kind"))
    name = args.word(0, "team_name")
    site_name = args.required("site", "site=Budapest")
    kind = values.choice(args, "kind", TeamKind) or TeamKind.AGENT
    return AddTeam(name=name, site=site_name, kind=kind)


def agent(args: Arguments) -> Command:
    """agent add … | agent list [team=…] | agent remove <name> | agent teams <name> team=…"""
    action, args = args.subcommand(("add", "list", "remove", "teams"))
    if action == "list":
        args.expect(0, ("team",))
        return ListAgents(team=args.text("team"))
    if action == "remove":
        args.expect(1)
        return RemoveAgent(name=args.word(0, "agent_name"))
    if action == "teams":
        args.expect(1, ("team",))
        return SetAgentTeams(name=args.word(0, "agent_name"), teams=_teams(args))
    args.expect(1, ("team", "email", "slack"))
    return AddAgent(
        name=args.word(0, "agent_name"),
        teams=_teams(args),
        email=args.text("email"),
        slack_user=values.slack_user(args, "slack"),
    )


def _teams(args: Arguments) -> tuple[str, ...]:
    teams = values.names(args, "team")
    if teams is None:
        raise args.missing("team", _TEAMS_EXAMPLE)
    return teams


def settings(args: Arguments) -> Command:
    """settings | settings [multimedia=…] [report_channel=…] … [all_clear=…]"""
    args.expect(0, _SETTINGS)
    if not args.options:
        return ShowSettings()
    return ChangeSettings(
        multimedia=values.boolean(args, "multimedia"),
        report_channel=values.slack_channel(args, "report_channel"),
        report_schedule=args.text("report_schedule"),
        timezone=args.text("timezone"),
        audit_channel=values.slack_channel(args, "audit_channel"),
        report_all_clear=values.boolean(args, "all_clear"),
        language=values.choice(args, "language", Language),
    )
