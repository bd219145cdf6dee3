"""The App Home tab: profiles by state, the latest report, and the two buttons."""

from __future__ import annotations

from collections.abc import Sequence

from bot.ids import Action, Block
from domain.commands.handlers.profiles import summary_text
from domain.commands.offers import profile_offers
from domain.commands.report_text import summary_line
from domain.messages import Day, Translator, t
from domain.profiles import Profile
from domain.report_runs import ReportRun
from domain.services.report import Report
from slackkit.blocks import (
    SURFACE_BLOCKS_MAX,
    Json,
    button,
    context,
    divider,
    header,
    option,
    section,
)
from slackkit.text import slack_translator

# Rows per list, each with its menu, so the tab stays far under 100 blocks; the rest is counted
# and `list` pages through it.
LISTED_MAX = 20


def _profile_line(profile: Profile, md: Translator) -> str:
    return md(
        "home.profile_line",
        name=profile.name,
        type=profile.type.value,
        summary=summary_text(profile),
    )


def _row(profile: Profile, md: Translator) -> Json:
    """One profile with a menu of what can be done to it (each runs a command, as typed)."""
    options = [
        option(md(f"slack.offer.{offer.kind.value}"), offer.command)
        for offer in profile_offers(profile)
    ]
    block = section(_profile_line(profile, md))
    block["accessory"] = {"type": "overflow", "action_id": Action.HOME_ROW, "options": options}
    return block


def _listing(heading: str, profiles: Sequence[Profile], state: str, md: Translator) -> list[Json]:
    blocks: list[Json] = [section(f"*{heading}* ({len(profiles)})")]
    if not profiles:
        return [*blocks, context(md("home.none"))]
    blocks += [_row(p, md) for p in profiles[:LISTED_MAX]]
    if len(profiles) > LISTED_MAX:
        hidden = len(profiles) - LISTED_MAX
        blocks.append(context(md("home.more_paged", count=hidden, state=state)))
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
        *_listing(md("home.active_heading"), active, "active", md),
        *_listing(md("home.inactive_heading"), inactive, "inactive", md),
    ]
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCKS_MAX]}
