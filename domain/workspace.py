"""A workspace (one Slack team) and its settings."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, field_validator

from domain import lengths
from domain.errors import FieldError, ValidationFailed
from domain.messages.formatting import DEFAULT_LANGUAGE, LANGUAGES

LOCAL_WORKSPACE = "local"
DEFAULT_REPORT_SCHEDULE = "0 9 * * *"
DEFAULT_TIMEZONE = "UTC"
# A channel id, as Slack's pickers and <#C123|name> mentions give it, or a typed #name.
_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{1,30}")
_CHANNEL_NAME = re.compile(r"#[\w-]+")


class Workspace(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    multimedia_enabled: bool = False
    report_channel: str | None = None
    report_schedule: str = DEFAULT_REPORT_SCHEDULE
    timezone: str = DEFAULT_TIMEZONE
    audit_channel: str | None = None
    report_all_clear: bool = False
    # Channel posts (report, change notices) are written in this language.
    language: str = DEFAULT_LANGUAGE
    created_at: datetime | None = None
    # The workspace's own administrators; when neither is set, the configured defaults apply.
    admin_users: tuple[str, ...] = ()
    admin_group: str | None = None

    @field_validator("admin_users", mode="before")
    @classmethod
    def _no_users(cls, value: object) -> object:
        return () if value is None else value

    @property
    def has_own_admins(self) -> bool:
        """True when the workspace names its own administrators."""
        return bool(self.admin_users) or self.admin_group is not None


def check_language(field: str, value: str) -> str:
    """'en' or 'hu', or a ValidationFailed naming the field and the languages mmbot speaks."""
    language = value.strip().lower()
    if language not in LANGUAGES:
        raise ValidationFailed(
            [FieldError(field, "settings.bad_language", {"value": value, "allowed": LANGUAGES})]
        )
    return language


def is_channel_id(value: str | None) -> bool:
    """True for a channel id such as C0123 (not a typed #name)."""
    return bool(value) and _CHANNEL_ID.fullmatch(str(value)) is not None


def check_timezone(value: str) -> str:
    """An IANA zone name such as Europe/Budapest, or a ValidationFailed naming the field."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(
            [FieldError("timezone", "settings.bad_timezone", {"value": value})]
        ) from None
    return value


def check_channel(field: str, value: str) -> str | None:
    """A channel id (C…, G…, D…) or a typed #name, None when empty; ValidationFailed otherwise.

    Forms hand over whatever Slack sent and the CLI whatever was typed; only an id or a
    name of letters, digits, - and _ is a channel, so no markup reaches a post.
    """
    channel = value.strip()
    if not channel:
        return None
    if len(channel) > lengths.CHANNEL:
        params = {"field": field, "length": len(channel), "maximum": lengths.CHANNEL}
        raise ValidationFailed([FieldError(field, "settings.channel_too_long", params)])
    if _CHANNEL_ID.fullmatch(channel) or _CHANNEL_NAME.fullmatch(channel):
        return channel
    rest = channel[1:] if channel.startswith("#") else channel
    bad = next((c for c in rest if not (c.isalnum() or c in "-_")), None)
    if bad is None:
        # Neither an id nor a #name, but nothing wrong in it either ("general", "c0123").
        raise ValidationFailed(
            [FieldError(field, "settings.not_a_channel", {"field": field, "value": channel})]
        )
    shown = bad if bad.isprintable() and not bad.isspace() else f"U+{ord(bad):04X}"
    raise ValidationFailed(
        [FieldError(field, "settings.bad_channel", {"field": field, "character": shown})]
    )


def check_slack_ids(field: str, values: tuple[str, ...], prefixes: str) -> tuple[str, ...]:
    """Slack ids (user ids start with U or W, user groups with S), or a ValidationFailed."""
    for value in values:
        if len(value) > lengths.SLACK_ID or not _is_slack_id(value, prefixes):
            raise ValidationFailed(
                [
                    FieldError(
                        field,
                        "settings.bad_slack_id",
                        {"field": field.replace("_", " "), "value": value, "prefixes": prefixes},
                    )
                ]
            )
    return values


def _is_slack_id(value: str, prefixes: str) -> bool:
    return (
        len(value) >= 2
        and value[0] in prefixes
        and all(c.isascii() and (c.isupper() or c.isdigit()) for c in value)
    )
