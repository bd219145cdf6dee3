"""Text for Slack mrkdwn: escaping, translators that escape what they insert, sized chunks."""

from __future__ import annotations

import re
from datetime import datetime

from domain.audit import ActorKind
from domain.messages import Person, Translator, t

_USER_ID = re.compile(r"[UW][A-Z0-9]{1,20}")


def escape(text: str) -> str:
    """Escape &, < and > as Slack requires: nothing a user typed becomes a mention or a link.

    Every special mention (<!channel>, <!here>, <!subteam^…>), user and channel mention and
    link needs a raw `<`, so this is the whole of it. A bare @channel or #general stays text:
    Slack links those only when a post asks for `link_names`, which mmbot never does.
    """
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


def slack_date(when: datetime) -> str:
    """A date each reader sees in their own time zone, with a UTC fallback."""
    return f"<!date^{int(when.timestamp())}^{{date_short}}|{when:%Y-%m-%d}>"


def slack_translator(lang: str) -> Translator:
    """Renders texts as Slack mrkdwn: every inserted value escaped, Slack users as mentions."""

    def person(who: Person) -> str:
        if who.kind == ActorKind.SLACK and _USER_ID.fullmatch(who.id):
            return f"<@{who.id}>"
        return t(lang, f"actor.{who.kind}", name=escape(who.name))

    return Translator(lang, escape=escape, person=person, day=slack_date)
