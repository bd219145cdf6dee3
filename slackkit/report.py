"""The report as a Slack message: Block Kit within Slack's limits, plus its fallback text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain.commands.report_text import inactive_line, more_line, summary_line, unassigned_line
from domain.messages import t
from domain.services.report import Report
from slackkit.blocks import (
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    Json,
    context,
    divider,
    header,
    section,
)
from slackkit.message import Message
from slackkit.text import escape

MESSAGE_TEXT_MAX = 40_000
# Characters each list may use, so both lists and the summary stay far below the message limit.
LIST_BUDGET = 12_000


def slack_date(when: datetime) -> str:
    """A date each reader sees in their own time zone, with a UTC fallback."""
    return f"<!date^{int(when.timestamp())}^{{date_short}}|{when:%Y-%m-%d}>"


def list_blocks(heading: str, lines: Sequence[str], *, budget: int = LIST_BUDGET) -> list[Json]:
    """A heading and the lines packed into sections; what does not fit is counted as 'and N more'."""
    sections: list[list[str]] = [[heading]]
    used, size = len(heading), len(heading)
    shown = 0
    for line in lines:
        if used + len(line) + 1 > budget:
            break
        if size + len(line) + 1 > SECTION_TEXT_MAX:
            sections.append([])
            size = -1
        sections[-1].append(line)
        size += len(line) + 1
        used += len(line) + 1
        shown += 1
    blocks = [section("\n".join(part)) for part in sections]
    if shown < len(lines):
        blocks.append(context(more_line(len(lines) - shown)))
    return blocks


def report_message(report: Report) -> Message:
    """Header, inactive and unassigned sections, then the summary; never over Slack's limits."""
    blocks: list[Json] = [
        header(t("report.title")),
        context(
            t(
                "report.context",
                workspace=escape(report.workspace_id),
                when=slack_date(report.generated_at),
            )
        ),
    ]
    if report.inactive:
        heading = f"*{t('report.inactive_heading', count=len(report.inactive))}*"
        lines = [
            inactive_line(name=escape(p.name), since=slack_date(p.since), by=escape(p.by))
            for p in report.inactive
        ]
        blocks += [divider(), *list_blocks(heading, lines)]
    if report.unassigned:
        heading = f"*{t('report.unassigned_heading', count=len(report.unassigned))}*"
        lines = [unassigned_line(escape(name)) for name in report.unassigned]
        blocks += [divider(), *list_blocks(heading, lines)]
    if not report.has_findings:
        blocks.append(section(t("report.all_clear")))
    blocks += [divider(), context(escape(summary_line(report)))]
    fallback = t(
        "report.fallback",
        workspace=report.workspace_id,
        inactive=len(report.inactive),
        unassigned=len(report.unassigned),
    )
    return Message(text=fallback[:MESSAGE_TEXT_MAX], blocks=blocks[:MESSAGE_BLOCKS_MAX])
