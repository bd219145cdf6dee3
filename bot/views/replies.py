"""A domain Reply as a Slack message: Block Kit blocks plus a plain-text fallback."""

from __future__ import annotations

from domain.commands.replies import Reply, format_table
from domain.messages import Text, Translator
from slackkit.blocks import (
    FALLBACK_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    Json,
    context,
    cut,
    section,
)
from slackkit.message import Message
from slackkit.text import chunk_lines, escape, slack_translator

_FENCE = "```"
# Room for the fences and the newlines around a table chunk.
_CODE_CHUNK_MAX = SECTION_TEXT_MAX - 2 * len(_FENCE) - 2


def reply_message(reply: Reply, lang: str, *, max_blocks: int = MESSAGE_BLOCKS_MAX) -> Message:
    """Headline and details as sections, the table as code blocks, within Slack's limits."""
    md = slack_translator(lang)
    lines = [md.text(reply.headline), *(md.text(line) for line in reply.details)]
    blocks: list[Json] = [
        section(chunk) for chunk in chunk_lines("\n".join(lines).splitlines(), SECTION_TEXT_MAX)
    ]
    # The table is aligned as plain text and escaped as a whole, so padding counts letters.
    table = format_table(reply.table, Translator(lang)) if reply.table is not None else ""
    if table:
        blocks += [
            section(f"{_FENCE}\n{chunk}\n{_FENCE}")
            for chunk in chunk_lines(escape(table).splitlines(), _CODE_CHUNK_MAX)
        ]
    fallback = reply.as_text(Translator(lang))
    return Message(text=cut(fallback, FALLBACK_TEXT_MAX), blocks=fit(blocks, max_blocks, lang))


def fit(blocks: list[Json], max_blocks: int, lang: str) -> list[Json]:
    """At most `max_blocks` blocks; the last one says how many were left out."""
    if len(blocks) <= max_blocks:
        return blocks
    kept = blocks[: max_blocks - 1]
    return [
        *kept,
        context(slack_translator(lang)("slack.blocks_cut", count=len(blocks) - len(kept))),
    ]


def text_message(text: Text, lang: str) -> Message:
    """A plain answer (an error, a confirmation) as one or more sections."""
    return reply_message(Reply(headline=text), lang)
