"""The report as a Slack message: Block Kit within Slack's limits, plus its fallback text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.commands.report_text import inactive_line, more_line, summary_line, unassigned_line
from domain.messages import t
from domain.services.report import Report

Block = dict[str, Any]

# Slack's limits: blocks per message, characters per section text, characters per message.
MAX_BLOCKS = 50
SECTION_TEXT_MAX = 3000
MESSAGE_TEXT_MAX = 40_000
HEADER_TEXT_MAX = 150
# Characters each list may use, so both lists and the summary stay far below the message limit.
LIST_BUDGET = 12_000
_MENTION = re.compile(r"<[@#!][^<>]+>")


@dataclass(frozen=True)
class SlackMessage:
    """What chat.postMessage needs besides the channel."""

    text: str
    blocks: list[Block]


def escape(text: str) -> str:
    """Make text literal in mrkdwn: Slack's three control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _who(label: str) -> str:
    # A Slack actor is stored as a mention, which should render as one.
    return label if _MENTION.fullmatch(label) else escape(label)


def slack_date(when: datetime) -> str:
    """A date each reader sees in their own time zone, with a UTC fallback."""
    return f"<!date^{int(when.timestamp())}^{{date_short}}|{when:%Y-%m-%d}>"


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_TEXT_MAX]}]}


def list_blocks(heading: str, lines: Sequence[str], *, budget: int = LIST_BUDGET) -> list[Block]:
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
    blocks = [_section("\n".join(part)) for part in sections]
    if shown < len(lines):
        blocks.append(_context(more_line(len(lines) - shown)))
    return blocks


def report_message(report: Report) -> SlackMessage:
    """Header, inactive and unassigned sections, then the summary; never over Slack's limits."""
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": t("report.title")[:HEADER_TEXT_MAX]},
        },
        _context(
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
            inactive_line(name=escape(p.name), since=slack_date(p.since), by=_who(p.by))
            for p in report.inactive
        ]
        blocks += [{"type": "divider"}, *list_blocks(heading, lines)]
    if report.unassigned:
        heading = f"*{t('report.unassigned_heading', count=len(report.unassigned))}*"
        lines = [unassigned_line(escape(name)) for name in report.unassigned]
        blocks += [{"type": "divider"}, *list_blocks(heading, lines)]
    if not report.has_findings:
        blocks.append(_section(t("report.all_clear")))
    blocks += [{"type": "divider"}, _context(escape(summary_line(report)))]
    fallback = t(
        "report.fallback",
        workspace=report.workspace_id,
        inactive=len(report.inactive),
        unassigned=len(report.unassigned),
    )
    return SlackMessage(text=fallback[:MESSAGE_TEXT_MAX], blocks=blocks[:MAX_BLOCKS])
