"""A workspace (one Slack team) and its settings."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict

from domain.errors import FieldError, ValidationFailed

LOCAL_WORKSPACE = "local"
DEFAULT_REPORT_SCHEDULE = "0 9 * * *"
DEFAULT_TIMEZONE = "UTC"


class Workspace(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    multimedia_enabled: bool = False
    report_channel: str | None = None
    report_schedule: str = DEFAULT_REPORT_SCHEDULE
    timezone: str = DEFAULT_TIMEZONE
    audit_channel: str | None = None
    report_all_clear: bool = False
    created_at: datetime | None = None


def check_timezone(value: str) -> str:
    """An IANA zone name such as Europe/Budapest, or a ValidationFailed naming the field."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(
            [FieldError("timezone", "settings.bad_timezone", {"value": value})]
        ) from None
    return value
