"""The report as a Slack message: Block Kit within Slack's limits, plus its fallback text."""

from __future__ import annotations

from collections.abc import Sequence

from domain.commands.report_text import inactive_line, more_line, summary_line, unassigned_line
from domain.messages import Day, Text, Translator, msg
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
from slackkit.text import slack_translator

MESSAGE_TEXT_MAX = 40_000
# Characters each list may use, so both lists and the summary stay far below the message limit.
LIST_BUDGET = 12_000


def list_blocks(
    heading: str, lines: Sequence[str], tr: Translator, *, budget: int = LIST_BUDGET
) -> list[Json]:
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
        blocks.append(context(tr.text(more_line(len(lines) - shown))))
    return blocks


def _bold(tr: Translator, text: Text) -> str:
    return f"*{tr.text(text)}*"


def report_message(report: Report, lang: str) -> Message:
    """Header, inactive and unassigned sections, then the summary; never over Slack's limits."""
    tr = slack_translator(lang)
    blocks: list[Json] = [
        header(tr("report.title")),
        context(tr("report.context", workspace=report.workspace_id, when=Day(report.generated_at))),
    ]
    if report.inactive:
        heading = _bold(tr, msg("report.inactive_heading", count=len(report.inactive)))
        lines = [
            tr.text(inactive_line(name=p.name, since=Day(p.since), by=p.by))
            for p in report.inactive
        ]
        blocks += [divider(), *list_blocks(heading, lines, tr)]
    if report.unassigned:
        heading = _bold(tr, msg("report.unassigned_heading", count=len(report.unassigned)))
        lines = [tr.text(unassigned_line(name)) for name in report.unassigned]
        blocks += [divider(), *list_blocks(heading, lines, tr)]
    if not report.has_findings:
        blocks.append(section(tr("report.all_clear")))
    blocks += [divider(), context(tr.text(summary_line(report)))]
    fallback = Translator(lang)(
        "report.fallback",
        workspace=report.workspace_id,
        inactive=len(report.inactive),
        unassigned=len(report.unassigned),
    )
    return Message(text=fallback[:MESSAGE_TEXT_MAX], blocks=blocks[:MESSAGE_BLOCKS_MAX])
