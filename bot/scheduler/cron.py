"""Cron schedules in a workspace's time zone: when a report is due, computed without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

from domain.cron import WEEKDAYS, parse_cron
from domain.errors import ValidationFailed
from domain.workspace import Workspace

# Fire times have minute resolution (five-field cron), so one second past a fire time
# is safely before the next one.
_STEP = timedelta(seconds=1)
_FIRST_WINDOW = timedelta(hours=1)


def trigger_for(workspace: Workspace) -> CronTrigger:
    """The workspace's report schedule (standard crontab) as a trigger in its IANA time zone."""
    try:
        schedule = parse_cron(workspace.report_schedule)
    except ValidationFailed as error:
        raise ValueError(f"invalid report schedule {workspace.report_schedule!r}") from error
    return CronTrigger(
        minute=_listed(schedule.minutes),
        hour=_listed(schedule.hours),
        day=_listed(schedule.days),
        month=_listed(schedule.months),
        # APScheduler 3 counts 0 as Monday, even in `from_crontab`; day names are unambiguous.
        day_of_week=_listed(schedule.weekdays, names=WEEKDAYS),
        timezone=workspace.timezone,
    )


def _listed(values: tuple[int, ...] | None, names: tuple[str, ...] = ()) -> str:
    if values is None:
        return "*"
    return ",".join(names[value] if names else str(value) for value in values)


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
