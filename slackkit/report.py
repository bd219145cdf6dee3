"""The report as Slack messages: the post (counts, first items) and its thread (the full lists).

Every message stays within Slack's limits at any size (SPEC §7): at most 50 blocks and
well under 12,000 characters of block text each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from domain.commands.report_text import inactive_line, summary_line, unassigned_line
from domain.messages import Day, Text, Translator, msg
from domain.services.report import Report
from slackkit.blocks import (
    BLOCK_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    Json,
    context,
    divider,
    header,
    section,
)
from slackkit.message import Message
from slackkit.text import chunk_lines, slack_translator

MESSAGE_TEXT_MAX = 40_000
# Items of each list shown in the post itself, and the characters they may take, so both
# lists and the summary stay under the block-text limit; the thread has every item.
POST_SHOWN = 40
POST_LIST_BUDGET = 4_500
# Room per thread message, below Slack's block-text limit with a margin for the heading.
THREAD_BUDGET = BLOCK_TEXT_MAX - 2_000
_THREAD_BLOCKS = MESSAGE_BLOCKS_MAX - 5


def _inactive_lines(report: Report, tr: Translator) -> list[str]:
    return [
        tr.text(inactive_line(name=p.name, since=Day(p.since), by=p.by)) for p in report.inactive
    ]


def _unassigned_lines(report: Report, tr: Translator) -> list[str]:
    return [tr.text(unassigned_line(name)) for name in report.unassigned]


def _shown(lines: Sequence[str]) -> int:
    """How many of the first lines the post shows."""
    used = 0
    for count, line in enumerate(lines[:POST_SHOWN]):
        used += len(line) + 1
        if used > POST_LIST_BUDGET:
            return count
    return min(len(lines), POST_SHOWN)


def _first(heading: str, lines: Sequence[str], hidden_key: str, tr: Translator) -> list[Json]:
    """The heading, the first lines, and what is hidden and where to see it."""
    shown = _shown(lines)
    blocks = [section(chunk) for chunk in chunk_lines([heading, *lines[:shown]], 2_500)]
    if len(lines) > shown:
        blocks.append(context(tr(hidden_key, count=len(lines) - shown)))
    return blocks


def _bold(tr: Translator, text: Text) -> str:
    return f"*{tr.text(text)}*"


def report_message(report: Report, lang: str, *, threaded: bool = True) -> Message:
    """The post: header, the first items of each list with counts, then the summary.

    `threaded` says the full lists follow in the thread (a channel post); an answer only
    the caller sees points to `list …` alone.
    """
    tr = slack_translator(lang)
    more_inactive = "report.more_inactive" if threaded else "report.cut_inactive"
    more_unassigned = "report.more_unassigned" if threaded else "report.cut_unassigned"
    blocks: list[Json] = [
        header(tr("report.title")),
        context(tr("report.context", workspace=report.workspace_id, when=Day(report.generated_at))),
    ]
    if report.inactive:
        heading = _bold(tr, msg("report.inactive_heading", count=len(report.inactive)))
        lines = _inactive_lines(report, tr)
        blocks += [divider(), *_first(heading, lines, more_inactive, tr)]
    if report.unassigned:
        heading = _bold(tr, msg("report.unassigned_heading", count=len(report.unassigned)))
        lines = _unassigned_lines(report, tr)
        blocks += [divider(), *_first(heading, lines, more_unassigned, tr)]
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


def report_thread(report: Report, lang: str) -> list[Message]:
    """The full lists as thread replies, each within Slack's limits, numbered 'part 2 of 5'."""
    tr = slack_translator(lang)
    messages: list[Message] = []
    for key, lines in (
        ("report.thread_inactive", _inactive_lines(report, tr)),
        ("report.thread_unassigned", _unassigned_lines(report, tr)),
    ):
        if len(lines) <= _shown(lines):
            continue  # the post already shows every one
        parts = _parts(lines)
        for number, part in enumerate(parts, start=1):
            heading = tr(key, part=number, parts=len(parts), count=len(lines))
            blocks = [section(f"*{heading}*"), *(section(chunk) for chunk in part)]
            messages.append(Message(text=heading, blocks=blocks))
    return messages


def _parts(lines: Sequence[str]) -> list[list[str]]:
    """Section texts grouped into messages of at most THREAD_BUDGET characters and few blocks."""
    parts: list[list[str]] = [[]]
    size = 0
    for chunk in chunk_lines(list(lines), SECTION_TEXT_MAX - 100):
        if parts[-1] and (size + len(chunk) > THREAD_BUDGET or len(parts[-1]) >= _THREAD_BLOCKS):
            parts.append([])
            size = 0
        parts[-1].append(chunk)
        size += len(chunk)
    return parts


def in_thread(message: Message, thread_ts: str) -> Message:
    """`message` as a reply in the thread of the message posted at `thread_ts`."""
    return replace(message, thread_ts=thread_ts)
