"""Option values: counts, choices, on/off, comma lists, Slack mentions and channels."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar

from domain import lengths
from domain.commands.arguments import Arguments
from domain.commands.syntax import listed, shown
from domain.names import name_key
from domain.org import slack_user_reference
from domain.profiles import Channel
from domain.workspace import is_channel_id

E = TypeVar("E", bound=StrEnum)

_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
# No count comes near this; it also keeps int() away from its 4,300-digit refusal.
_MAX_DIGITS = 9
_BOOLEANS = {"on": True, "true": True, "yes": True, "off": False, "false": False, "no": False}
_CHANNEL_MENTION = re.compile(r"<#([A-Z0-9]+)(?:\|[^>]*)?>")
_NO_CHANNEL = ("none", "off")


def count(args: Arguments, key: str) -> int | None:
    """A whole number; its range is the domain's to check."""
    value = args.text(key, may_be_empty=True)
    if value is None:
        return None
    if not _WHOLE_NUMBER.fullmatch(value):
        raise args.value_error(key, "grammar.not_a_count")
    if len(value.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
        raise args.value_error(key, "grammar.count_too_large")
    return int(value)


def choice(args: Arguments, key: str, kind: type[E]) -> E | None:
    """One value of the enum `kind`, case-insensitive."""
    value = args.text(key, may_be_empty=True)
    if value is None:
        return None
    for member in kind:
        if value.lower() == member.value:
            return member
    raise args.value_error(key, "grammar.bad_choice", allowed=listed([m.value for m in kind]))


def boolean(args: Arguments, key: str) -> bool | None:
    """on/off, true/false or yes/no."""
    value = args.text(key, may_be_empty=True)
    if value is None:
        return None
    if value.lower() not in _BOOLEANS:
        raise args.value_error(key, "grammar.bad_choice", allowed="on, off")
    return _BOOLEANS[value.lower()]


def names(args: Arguments, key: str) -> tuple[str, ...] | None:
    """A comma-separated list of names, each trimmed; commas inside quotes separate too."""
    value = args.text(key)
    if value is None:
        return None
    items = tuple(item.strip() for item in value.split(","))
    if not all(items):
        raise args.value_error(key, "grammar.empty_list_item")
    seen: set[str] = set()
    for item in items:
        # Names are unique regardless of case, so "a,A" names one team twice.
        if name_key(item) in seen:
            raise args.value_error(key, "grammar.duplicate_list_item", item=shown(item))
        seen.add(name_key(item))
    return items


def channels(args: Arguments, key: str) -> tuple[Channel, ...] | None:
    """A comma-separated list of channel types."""
    items = names(args, key)
    if items is None:
        return None
    allowed = [channel.value for channel in Channel]
    for item in items:
        if item.lower() not in allowed:
            raise args.value_error(key, "grammar.bad_choice", allowed=listed(allowed))
    return tuple(Channel(item.lower()) for item in items)


def slack_user(args: Arguments, key: str) -> str | None:
    """A Slack user id from an escaped mention (<@U123|jane>), or a typed @name as it is."""
    value = args.text(key)
    if value is None:
        return None
    if (reference := slack_user_reference(value)) is not None:
        return reference
    raise args.value_error(key, "grammar.bad_slack_user", maximum=lengths.SLACK_USER)


def slack_channel(args: Arguments, key: str) -> str | None:
    """A channel id from an escaped mention (<#C123|general>) or as copied (C123), a typed
    #name, or '' for none; `domain.workspace.check_channel` decides what a channel may hold."""
    value = args.text(key)
    if value is None:
        return None
    if match := _CHANNEL_MENTION.fullmatch(value):
        return match[1]
    if is_channel_id(value) or (len(value) > 1 and value.startswith("#")):
        return value
    if value.lower() in _NO_CHANNEL:
        return ""
    raise args.value_error(key, "grammar.bad_slack_channel")
