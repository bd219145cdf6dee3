"""A workspace (one Slack team) and its settings."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, field_validator

from domain.errors import FieldError, ValidationFailed
from domain.messages.formatting import DEFAULT_LANGUAGE, LANGUAGES

LOCAL_WORKSPACE = "local"
DEFAULT_REPORT_SCHEDULE = "0 9 * * *"
DEFAULT_TIMEZONE = "UTC"
CHANNEL_MAX = 255


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
    return bool(value) and str(value)[:1] in ("C", "G") and str(value).isalnum()


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
    """A trimmed channel id or #name (None when empty), or a ValidationFailed naming the field.

    Forms hand over whatever Slack sent; control characters reach no channel, and
    PostgreSQL refuses NUL outright, so they are refused here with the field's name.
    """
    channel = value.strip()
    bad = [c for c in channel if unicodedata.category(c) in ("Cc", "Cf") or c.isspace()]
    if bad or len(channel) > CHANNEL_MAX:
        raise ValidationFailed(
            [
                FieldError(
                    field,
                    "settings.bad_channel" if bad else "settings.channel_too_long",
                    {"field": field, "character": f"U+{ord(bad[0]):04X}" if bad else ""},
                )
            ]
        )
    return channel or None


def check_slack_ids(field: str, values: tuple[str, ...], prefixes: str) -> tuple[str, ...]:
    """Slack ids (user ids start with U or W, user groups with S), or a ValidationFailed."""
    for value in values:
        if not _is_slack_id(value, prefixes):
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
        2 <= len(value) <= 32
        and value[0] in prefixes
        and all(c.isascii() and (c.isupper() or c.isdigit()) for c in value)
    )
