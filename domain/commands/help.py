"""The text of `help`: an overview of every command, or one command in detail."""

from __future__ import annotations

from domain.commands.syntax import TOPICS, listed, shown, usage_block, usage_of
from domain.messages import t
from domain.names import closest
from domain.profiles import LIMITS, allowed_range


def help_text(topic: str | None = None) -> str:
    """The overview when `topic` is None or empty, else that command's usage and examples."""
    words = (topic or "").split()
    if not words:
        return _overview()
    wanted = words[0].lower()
    if wanted in TOPICS:
        return _detail(wanted)
    suggestions = listed([f"`{name}`" for name in closest(wanted, TOPICS)])
    hint = t("error.did_you_mean", names=suggestions) if suggestions else ""
    return f"{t('help.unknown_topic', topic=shown(words[0]), hint=hint)}\n\n{_overview()}"


def _overview() -> str:
    rows = [t("help.overview_row", verb=verb, summary=t(f"help.summary.{verb}")) for verb in TOPICS]
    return "\n".join([t("help.title"), *rows, t("help.footer")])


def _detail(verb: str) -> str:
    header = t("help.topic", verb=verb, summary=t(f"help.summary.{verb}"))
    detail = t(f"help.detail.{verb}", types=_type_table())
    return f"{header}\n{usage_block(usage_of(verb))}\n{detail}"


def _type_table() -> str:
    """The contact limits of each profile type, from the rules the domain enforces."""
    rows = []
    for profile_type, limits in LIMITS.items():
        ranges = ", ".join(
            t("help.range", channel=channel.value, allowed=allowed_range(low, high))
            for channel, (low, high) in limits.items()
        )
        rows.append(t("help.type_row", type=profile_type.value, ranges=ranges))
    return "\n".join(rows)
