"""Reading the organisation and workspace commands: site, team, agent and settings."""

from __future__ import annotations

from domain.commands import grammar_directory, values
from domain.commands.arguments import Arguments
from domain.commands.model import (
    AddAgent,
    AddSite,
    AddTeam,
    ChangeSettings,
    Command,
    EditAgent,
    ListAgents,
    ListSites,
    ListTeams,
    MoveTeam,
    RemoveAgent,
    RemoveSite,
    RemoveTeam,
    RenameSite,
    RenameTeam,
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


def _rename(args: Arguments, what: str) -> tuple[str, str]:
    """<name> to <new name>"""
    args.expect(3)
    name = args.word(0, what)
    args.keyword(1, "to")
    return name, args.word(2, "new_name")


def site(args: Arguments) -> Command:
    """site add <name> [profile=…] | site list | site remove <name> | site rename <name> to <new>"""
    action, args = args.subcommand(("add", "list", "remove", "rename"))
    if action == "rename":
        name, new_name = _rename(args, "site_name")
        return RenameSite(name=name, new_name=new_name)
    if action == "list":
        args.expect(0, ("page",))
        return ListSites(page=grammar_directory.page(args))
    if action == "remove":
        args.expect(1)
        return RemoveSite(name=args.word(0, "site_name"))
    args.expect(1, ("profile",))
    return AddSite(name=args.word(0, "site_name"), profile=args.text("profile"))


def team(args: Arguments) -> Command:
    """team add … | team list [site=…] | team remove <name> | team rename … | team move …"""
    action, args = args.subcommand(("add", "list", "remove", "rename", "move"))
    if action == "rename":
        name, new_name = _rename(args, "team_name")
        return RenameTeam(name=name, new_name=new_name)
    if action == "move":
        args.expect(1, ("site",))
        name = args.word(0, "team_name")
        return MoveTeam(name=name, site=args.required("site", "site=Győr"))
    if action == "list":
        args.expect(0, ("site", "page"))
        return ListTeams(site=args.text("site"), page=grammar_directory.page(args))
    if action == "remove":
        args.expect(1)
        return RemoveTeam(name=args.word(0, "team_name"))
    args.expect(1, ("site", "kind"))
    name = args.word(0, "team_name")
    site_name = args.required("site", "site=Budapest")
    kind = values.choice(args, "kind", TeamKind) or TeamKind.AGENT
    return AddTeam(name=name, site=site_name, kind=kind)


def agent(args: Arguments) -> Command:
    """agent add … | agent list … | agent remove … | agent teams … | agent edit …"""
    action, args = args.subcommand(("add", "list", "remove", "teams", "edit"))
    if action == "list":
        args.expect(0, ("team", "profile", "page"))
        return ListAgents(
            team=args.text("team"), profile=args.text("profile"), page=grammar_directory.page(args)
        )
    if action == "edit":
        return _edit_agent(args)
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


def _edit_agent(args: Arguments) -> Command:
    """agent edit <name> [name=…] [email=…] [slack=@user]; email= and slack= empty clear them"""
    args.expect(1, ("name", "email", "slack"))
    name = args.word(0, "agent_name")
    if not args.options:
        raise args.missing("name", 'name="Kovács Éva" email=eva@example.com slack=@eva')
    slack = args.text("slack", may_be_empty=True)
    return EditAgent(
        name=name,
        new_name=args.text("name"),
        email=args.text("email", may_be_empty=True),
        slack_user=slack if not slack else values.slack_user(args, "slack"),
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
