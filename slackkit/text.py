"""Text for Slack mrkdwn: escaping that keeps mentions, and splitting into sized chunks."""

from __future__ import annotations

import re

# Mentions the domain writes on purpose (actor labels, channel ids) stay live.
_MENTION = re.compile(r"<(?:@[UW][A-Z0-9]+|#C[A-Z0-9]+(?:\|[^<>]*)?|!here|!channel)>")


def escape(text: str) -> str:
    """Escape &, < and > as Slack requires, except in user and channel mentions."""
    pieces: list[str] = []
    position = 0
    for match in _MENTION.finditer(text):
        pieces.append(_escape_plain(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(_escape_plain(text[position:]))
    return "".join(pieces)


def _escape_plain(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def chunk_lines(lines: list[str], limit: int) -> list[str]:
    """Join lines into chunks of at most `limit` characters; an overlong line is cut."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for raw in lines:
        line = raw if len(raw) <= limit else raw[: limit - 1] + "…"
        extra = len(line) + (1 if current else 0)
        if current and size + extra > limit:
            chunks.append("\n".join(current))
            current, size = [], 0
            extra = len(line)
        current.append(line)
        size += extra
    if current:
        chunks.append("\n".join(current))
    return chunks
