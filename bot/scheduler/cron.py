"""Cron schedules in a workspace's time zone: when a report is due, computed without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

from domain.workspace import Workspace

# Fire times have minute resolution (five-field cron), so one second past a fire time
# is safely before the next one.
_STEP = timedelta(seconds=1)
_FIRST_WINDOW = timedelta(hours=1)


_WEEKDAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def trigger_for(workspace: Workspace) -> CronTrigger:
    """The workspace's report schedule (standard crontab) as a trigger in its IANA time zone."""
    minute, hour, day, month, weekday = workspace.report_schedule.split()
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=crontab_weekdays(weekday),
        timezone=workspace.timezone,
    )


def crontab_weekdays(field: str) -> str:
    """A crontab weekday field (0 or 7 = Sunday) as APScheduler weekday names.

    APScheduler 3 counts 0 as Monday, even in `from_crontab`, so "1-5" would mean
    Tuesday to Saturday; naming the days removes the ambiguity.
    """
    if field == "*":
        return field
    days: set[int] = set()
    for item in field.lower().split(","):
        span, slash, step_text = item.partition("/")
        step = _number(step_text, item) if slash else 1
        if span == "*":
            first, last = 0, 6
        else:
            low, dash, high = span.partition("-")
            first = _weekday(low)
            last = _weekday(high) if dash else (6 if slash else first)
            if dash and last == 0:
                last = 7  # "5-7" and "5-0" both run to Sunday
        if step < 1 or last < first:
            raise ValueError(f"invalid day of week {item!r}")
        days.update(day % 7 for day in range(first, last + 1, step))
    return ",".join(_WEEKDAY_NAMES[day] for day in sorted(days))


def _weekday(text: str) -> int:
    if text in _WEEKDAY_NAMES:
        return _WEEKDAY_NAMES.index(text)
    return _number(text, text, maximum=7)


def _number(text: str, item: str, *, maximum: int | None = None) -> int:
    if not text.isdigit() or (maximum is not None and int(text) > maximum):
        raise ValueError(f"invalid day of week {item!r}")
    return int(text)


def next_fire_time(trigger: CronTrigger, now: datetime) -> datetime | None:
    """The first scheduled time at or after `now`, in UTC."""
    fire: datetime | None = trigger.get_next_fire_time(None, now)
    return None if fire is None else fire.astimezone(UTC)


def latest_fire_time(trigger: CronTrigger, *, after: datetime, now: datetime) -> datetime | None:
    """The latest scheduled time in (after, now], in UTC, or None if there is none.

    CronTrigger only looks forward, so search windows ending at `now`, doubling them
    backwards until one holds a fire time; a minutely schedule never scans a long outage.
    """
    window = _FIRST_WINDOW
    while True:
        start = max(after + _STEP, now - window)
        found = _last_in(trigger, start, now)
        if found is not None or start <= after + _STEP:
            return found
        window *= 2


def _last_in(trigger: CronTrigger, start: datetime, end: datetime) -> datetime | None:
    last: datetime | None = None
    cursor = start
    while (fire := next_fire_time(trigger, cursor)) is not None and fire <= end:
        last = fire
        cursor = fire + _STEP
    return last
