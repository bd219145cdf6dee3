"""The current time, in one place so tests and the scheduler can reason about it."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Timezone-aware now in UTC."""
    return datetime.now(UTC)
