"""The App Home tab: profiles by state, the latest report, and the two buttons."""

from __future__ import annotations

from collections.abc import Sequence

from bot.ids import Action, Block
from bot.views.blocks import (
    SECTION_TEXT_MAX,
    SURFACE_BLOCKS_MAX,
    Json,
    button,
    context,
    divider,
    header,
    section,
)
from bot.views.report import slack_date
from bot.views.text import chunk_lines, escape
from domain.commands.report_text import summary_line
from domain.messages import t
from domain.profiles import Profile
from domain.report_runs import ReportRun
from domain.services.report import Report

# Each list gets at most this many lines; the rest is counted, so the tab stays under 100 blocks.
LISTED_MAX = 60


def _profile_line(profile: Profile) -> str:
    summary = profile.summary() or "—"
    return t("home.profile_row", name=escape(profile.name), type=profile.type, summary=summary)


def _listing(heading: str, profiles: Sequence[Profile]) -> list[Json]:
    blocks: list[Json] = [section(t("home.listing", heading=escape(heading), count=len(profiles)))]
    if not profiles:
        return [*blocks, context(t("home.none"))]
    lines = [_profile_line(p) for p in profiles[:LISTED_MAX]]
    blocks += [section(chunk) for chunk in chunk_lines(lines, SECTION_TEXT_MAX)]
    if len(profiles) > LISTED_MAX:
        blocks.append(context(escape(t("home.more", count=len(profiles) - LISTED_MAX))))
    return blocks


def _findings(inactive: int, unassigned: int) -> str:
    if inactive or unassigned:
        return t("home.report_findings", inactive=inactive, unassigned=unassigned)
    return t("report.all_clear")


def _latest_report(report: Report, posted: ReportRun | None) -> list[Json]:
    """The latest posted report (when and where, what it found), else the report as of now."""
    if posted is None or posted.finished_at is None:
        live = escape(_findings(len(report.inactive), len(report.unassigned)))
        return [section(live), context(escape(summary_line(report)))]
    found = _findings(posted.inactive_count or 0, posted.unassigned_count or 0)
    when = t("home.report_posted", when=slack_date(posted.finished_at), channel=posted.channel)
    return [section(escape(found)), context(when)]


def home_view(
    profiles: Sequence[Profile],
    report: Report,
    *,
    multimedia: bool,
    posted: ReportRun | None = None,
) -> Json:
    """The home tab for one workspace; the same for every member (the buttons check rights)."""
    active = [p for p in profiles if p.active]
    inactive = [p for p in profiles if not p.active]
    switch = t("settings.on") if multimedia else t("settings.off")
    blocks: list[Json] = [
        header(t("home.title")),
        section(
            t("home.counts", active=len(active), inactive=len(inactive), total=len(profiles))
            + "\n"
            + t("home.multimedia", value=switch)
        ),
        {
            "type": "actions",
            "block_id": Block.HOME_ACTIONS,
            "elements": [
                button(t("home.create"), Action.HOME_CREATE, style="primary"),
                button(t("home.report"), Action.HOME_REPORT),
            ],
        },
        divider(),
        section(t("home.section", heading=escape(t("home.report_heading")))),
        *_latest_report(report, posted),
        divider(),
        *_listing(t("home.active_heading"), active),
        *_listing(t("home.inactive_heading"), inactive),
    ]
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCKS_MAX]}
