"""The text of `help`: an overview of every command, or one command in detail."""

from __future__ import annotations

from domain.commands.syntax import TOPICS, shown, usage_block, usage_of
from domain.errors import quoted_words
from domain.messages import Text, lines, msg
from domain.names import closest
from domain.profiles import LIMITS, describe_range


def help_text(topic: str | None = None) -> Text:
    """The overview when `topic` is None or empty, else that command's usage and examples."""
    words = (topic or "").split()
    if not words:
        return _overview()
    wanted = words[0].lower()
    if wanted in TOPICS:
        return _detail(wanted)
    suggestions = closest(wanted, TOPICS)
    hint = msg("error.did_you_mean", names=quoted_words(suggestions)) if suggestions else ""
    return lines(msg("help.unknown_topic", topic=shown(words[0]), hint=hint), "", _overview())


def _overview() -> Text:
    rows = [
        msg("help.overview_row", verb=verb, summary=msg(f"help.summary.{verb}")) for verb in TOPICS
    ]
    return lines(msg("help.title"), *rows, msg("help.footer"))


def _detail(verb: str) -> Text:
    header = msg("help.topic", verb=verb, summary=msg(f"help.summary.{verb}"))
    detail = msg(f"help.detail.{verb}", types=_type_table())
    return lines(header, usage_block(usage_of(verb)), detail)


def _type_table() -> Text:
    """The contact limits of each profile type, from the rules the domain enforces."""
    rows = []
    for profile_type, limits in LIMITS.items():
        ranges = tuple(
            msg("help.range", channel=channel.value, allowed=describe_range(low, high))
            for channel, (low, high) in limits.items()
        )
        rows.append(msg("help.type_row", type=profile_type.value, ranges=ranges))
    return lines(*rows)
