"""The report as text: the lines shared by the plain reply and the Slack message, within limits."""

from __future__ import annotations

from domain.commands.replies import Reply
from domain.messages import Day, Text, msg
from domain.profiles import DEFAULT_PROFILE_NAME, ProfileState
from domain.services.report import Report

# Enough to act on, and short enough for a terminal or an ephemeral Slack message.
LIST_SHOWN = 100
SUMMARY_SHOWN = 10


def inactive_line(*, name: str, since: object, by: object) -> Text:
    """'• NAME: inactive since WHEN, by WHO'."""
    return msg("report.inactive_line", name=name, since=since, by=by)


def unassigned_line(name: str) -> Text:
    """'• NAME'."""
    return msg("report.unassigned_line", name=name)


def more_line(count: int) -> Text:
    """'… and N more'."""
    return msg("reply.and_more", count=count)


def summary_line(report: Report, *, shown: int = SUMMARY_SHOWN) -> Text:
    """Profiles by state and agents per effective profile (largest first), on one line."""
    active = report.profiles_by_state.get(ProfileState.ACTIVE, 0)
    inactive = report.profiles_by_state.get(ProfileState.INACTIVE, 0)
    if not report.multimedia_enabled:
        return msg(
            "report.summary_off",
            active=active,
            inactive=inactive,
            agents=report.agent_total,
            default=DEFAULT_PROFILE_NAME,
        )
    ranked = sorted(report.agents_per_profile.items(), key=lambda item: (-item[1], item[0].lower()))
    counted = tuple(msg("report.summary_agents", name=name, count=n) for name, n in ranked[:shown])
    agents: object = counted or "—"
    if len(ranked) > shown:
        agents = msg("report.summary_more", shown=counted, count=len(ranked) - shown)
    return msg("report.summary", active=active, inactive=inactive, agents=agents)


def report_reply(report: Report, *, shown: int = LIST_SHOWN) -> Reply:
    """The report as plain lines: inactive, unassigned, then the summary; long lists are cut."""
    details: list[Text] = []
    if report.inactive:
        details.append(msg("report.inactive_heading", count=len(report.inactive)))
        details += [
            inactive_line(name=p.name, since=Day(p.since), by=p.by) for p in report.inactive[:shown]
        ]
        if len(report.inactive) > shown:
            details.append(more_line(len(report.inactive) - shown))
    if report.unassigned:
        details.append(msg("report.unassigned_heading", count=len(report.unassigned)))
        details += [unassigned_line(name) for name in report.unassigned[:shown]]
        if len(report.unassigned) > shown:
            details.append(more_line(len(report.unassigned) - shown))
    if not report.has_findings:
        details.append(msg("report.all_clear"))
    details.append(summary_line(report))
    return Reply(
        headline=msg("report.headline", workspace=report.workspace_id), details=tuple(details)
    )
