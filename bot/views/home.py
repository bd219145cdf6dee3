"""The App Home tab: profiles by state, the latest report, and the two buttons."""

from __future__ import annotations

from collections.abc import Sequence

from bot.ids import Action, Block
from domain.commands.report_text import summary_line
from domain.messages import Day, Translator, t
from domain.profiles import Profile
from domain.report_runs import ReportRun
from domain.services.report import Report
from slackkit.blocks import (
    SECTION_TEXT_MAX,
    SURFACE_BLOCKS_MAX,
    Json,
    button,
    context,
    divider,
    header,
    section,
)
from slackkit.text import chunk_lines, slack_translator

# Each list gets at most this many lines; the rest is counted, so the tab stays under 100 blocks.
LISTED_MAX = 60


def _profile_line(profile: Profile, md: Translator) -> str:
    return md(
        "home.profile_line", name=profile.name, type=profile.type.value, summary=profile.summary()
    )


def _listing(heading: str, profiles: Sequence[Profile], md: Translator) -> list[Json]:
    blocks: list[Json] = [section(f"*{heading}* ({len(profiles)})")]
    if not profiles:
        return [*blocks, context(md("home.none"))]
    lines = [_profile_line(p, md) for p in profiles[:LISTED_MAX]]
    blocks += [section(chunk) for chunk in chunk_lines(lines, SECTION_TEXT_MAX)]
    if len(profiles) > LISTED_MAX:
        blocks.append(context(md("home.more", count=len(profiles) - LISTED_MAX)))
    return blocks


def _findings(inactive: int, unassigned: int, md: Translator) -> str:
    if inactive or unassigned:
        return md("home.report_findings", inactive=inactive, unassigned=unassigned)
    return md("report.all_clear")


def _latest_report(report: Report, posted: ReportRun | None, md: Translator) -> list[Json]:
    """The latest posted report (when and where, what it found), else the report as of now."""
    if posted is None or posted.finished_at is None:
        live = _findings(len(report.inactive), len(report.unassigned), md)
        return [section(live), context(md.text(summary_line(report)))]
    found = _findings(posted.inactive_count or 0, posted.unassigned_count or 0, md)
    when = md("home.report_posted", when=Day(posted.finished_at), channel=posted.channel)
    return [section(found), context(when)]


def home_view(
    profiles: Sequence[Profile],
    report: Report,
    *,
    multimedia: bool,
    posted: ReportRun | None = None,
    lang: str,
) -> Json:
    """The home tab for one workspace; the same for every member (the buttons check rights)."""
    md = slack_translator(lang)
    active = [p for p in profiles if p.active]
    inactive = [p for p in profiles if not p.active]
    switch = t(lang, "settings.on") if multimedia else t(lang, "settings.off")
    blocks: list[Json] = [
        header(t(lang, "home.title")),
        section(
            t(lang, "home.counts", active=len(active), inactive=len(inactive), total=len(profiles))
            + "\n"
            + t(lang, "home.multimedia", value=switch)
        ),
        {
            "type": "actions",
            "block_id": Block.HOME_ACTIONS,
            "elements": [
                button(t(lang, "home.create"), Action.HOME_CREATE, style="primary"),
                button(t(lang, "home.report"), Action.HOME_REPORT),
            ],
        },
        divider(),
        section(f"*{md('home.report_heading')}*"),
        *_latest_report(report, posted, md),
        divider(),
        *_listing(md("home.active_heading"), active, md),
        *_listing(md("home.inactive_heading"), inactive, md),
    ]
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCKS_MAX]}
