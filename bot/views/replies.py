"""A domain Reply as a Slack message: Block Kit blocks plus a plain-text fallback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.views.blocks import (
    FALLBACK_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    Json,
    context,
    cut,
    section,
)
from bot.views.text import chunk_lines, escape
from domain.commands.replies import Reply, format_table
from domain.messages import t

_FENCE = "```"
# Room for the fences and the newlines around a table chunk.
_CODE_CHUNK_MAX = SECTION_TEXT_MAX - 2 * len(_FENCE) - 2


@dataclass(frozen=True)
class Message:
    """What chat.postMessage / respond() take: blocks and the fallback `text`."""

    text: str
    blocks: list[Json]
    thread_ts: str | None = None
    """Set for a reply in a thread (the report's full lists)."""

    def as_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"text": self.text, "blocks": self.blocks}
        if self.thread_ts:
            kwargs["thread_ts"] = self.thread_ts
        return kwargs


def reply_message(reply: Reply, *, max_blocks: int = MESSAGE_BLOCKS_MAX) -> Message:
    """Headline and details as sections, the table as code blocks, within Slack's limits."""
    blocks: list[Json] = [
        section(chunk)
        for chunk in chunk_lines(escape(reply.headline).splitlines(), SECTION_TEXT_MAX)
    ]
    if reply.details:
        blocks += [
            section(chunk)
            for chunk in chunk_lines([escape(line) for line in reply.details], SECTION_TEXT_MAX)
        ]
    table = format_table(reply.table) if reply.table is not None else ""
    if table:
        lines = escape(table).splitlines()
        blocks += [
            section(f"{_FENCE}\n{chunk}\n{_FENCE}") for chunk in chunk_lines(lines, _CODE_CHUNK_MAX)
        ]
    fallback = reply.as_text(formatted_table=table)
    return Message(text=cut(fallback, FALLBACK_TEXT_MAX), blocks=fit(blocks, max_blocks))


def fit(blocks: list[Json], max_blocks: int) -> list[Json]:
    """At most `max_blocks` blocks; the last one says how many were left out."""
    if len(blocks) <= max_blocks:
        return blocks
    kept = blocks[: max_blocks - 1]
    return [*kept, context(t("slack.blocks_cut", count=len(blocks) - len(kept)))]


def text_message(text: str) -> Message:
    """A plain answer (an error, a confirmation) as one or more sections."""
    return reply_message(Reply(headline=text))
