"""Cron schedules in a workspace's time zone: when a report is due, computed without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from domain.cron import WEEKDAYS, parse_cron
from domain.errors import ValidationFailed
from domain.workspace import Workspace

# Fire times have minute resolution (five-field cron), so one second past a fire time
# is safely before the next one.
_STEP = timedelta(seconds=1)
_FIRST_WINDOW = timedelta(hours=1)
# Enough to step over a repeated hour (the longest fold in use is one hour).
_MAX_SKIPS = 2 * 60 + 2


class WallClockTrigger(BaseTrigger):  # type: ignore[misc]
    """A cron schedule that fires once per local wall-clock time, across DST changes.

    When clocks go back, the repeated hour's times exist twice; APScheduler's CronTrigger
    fires both (and, after the second, may even answer a time before `now`). A schedule
    with a fixed hour ("30 2 * * *") fires at the first of the two only, as cron does; a
    schedule on every hour ("0 * * * *") follows real time through the repeated hour.
    A time skipped when clocks go forward fires once, right after the jump.
    """

    def __init__(self, cron: CronTrigger, zone: tzinfo, *, every_hour: bool) -> None:
        self.cron = cron
        self.zone = zone
        self.every_hour = every_hour

    def get_next_fire_time(
        self,
        previous_fire_time: datetime | None,  # noqa: ARG002 - APScheduler's signature
        now: datetime,
    ) -> datetime | None:
        """The first fire time at or after `now` that is not a repeat of an earlier wall time."""
        cursor = now
        for _ in range(_MAX_SKIPS):
            fire: datetime | None = self.cron.get_next_fire_time(None, cursor)
            if fire is None:
                return None
            if fire >= cursor and (self.every_hour or not self._repeats(fire)):
                return fire
            # A repeat, or the trigger's answer from before `cursor`: look a minute later.
            cursor = max(cursor, fire) + timedelta(minutes=1)
        return None

    def _repeats(self, fire: datetime) -> bool:
        wall = fire.astimezone(self.zone).replace(tzinfo=None)
        first = wall.replace(tzinfo=self.zone, fold=0)
        return first.astimezone(UTC) != fire.astimezone(UTC)

    def __getstate__(self) -> dict[str, Any]:
        return {"cron": self.cron, "zone": self.zone, "every_hour": self.every_hour}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


def trigger_for(workspace: Workspace) -> WallClockTrigger:
    """The workspace's report schedule (standard crontab) as a trigger in its IANA time zone."""
    try:
        schedule = parse_cron(workspace.report_schedule)
    except ValidationFailed as error:
        raise ValueError(f"invalid report schedule {workspace.report_schedule!r}") from error
    cron = CronTrigger(
        minute=_listed(schedule.minutes),
        hour=_listed(schedule.hours),
        day=_listed(schedule.days),
        month=_listed(schedule.months),
        # APScheduler 3 counts 0 as Monday, even in `from_crontab`; day names are unambiguous.
        day_of_week=_listed(schedule.weekdays, names=WEEKDAYS),
        timezone=workspace.timezone,
    )
    return WallClockTrigger(cron, ZoneInfo(workspace.timezone), every_hour=schedule.hours is None)


def _listed(values: tuple[int, ...] | None, names: tuple[str, ...] = ()) -> str:
    if values is None:
        return "*"
    return ",".join(names[value] if names else str(value) for value in values)


def next_fire_time(trigger: BaseTrigger, now: datetime) -> datetime | None:
    """The first scheduled time at or after `now`, in UTC."""
    fire: datetime | None = trigger.get_next_fire_time(None, now)
    return None if fire is None else fire.astimezone(UTC)


def latest_fire_time(trigger: BaseTrigger, *, after: datetime, now: datetime) -> datetime | None:
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


def _last_in(trigger: BaseTrigger, start: datetime, end: datetime) -> datetime | None:
    last: datetime | None = None
    cursor = start
    while (fire := next_fire_time(trigger, cursor)) is not None and fire <= end:
        last = fire
        cursor = fire + _STEP
    return last
