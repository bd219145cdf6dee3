"""Across daylight-saving changes a daily schedule fires once per local day (SPEC §7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.scheduler.cron import latest_fire_time, next_fire_time, trigger_for
from domain.workspace import Workspace

# Europe/Budapest: summer time starts 30 March 2025 02:00 -> 03:00, ends 26 October 03:00 -> 02:00.


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def fire_times(schedule: str, start: datetime, end: datetime) -> list[datetime]:
    trigger = trigger_for(Workspace(id="T1", report_schedule=schedule, timezone="Europe/Budapest"))
    times, cursor = [], start
    while (fire := next_fire_time(trigger, cursor)) is not None and fire < end:
        times.append(fire)
        cursor = fire + timedelta(seconds=1)
    return times


def test_a_time_in_the_repeated_autumn_hour_fires_once_at_its_first_occurrence() -> None:
    times = fire_times("30 2 * * *", utc(2025, 10, 25, 12), utc(2025, 10, 28))
    # 02:30 summer time (00:30 UTC) on the 26th; its winter-time repeat an hour later is not.
    assert times == [utc(2025, 10, 26, 0, 30), utc(2025, 10, 27, 1, 30)]


def test_a_time_skipped_in_spring_fires_once_right_after_the_jump() -> None:
    times = fire_times("30 2 * * *", utc(2025, 3, 29, 12), utc(2025, 4, 1))
    # 02:30 does not exist on the 30th: it fires at 03:30 summer time (01:30 UTC), once.
    assert times == [utc(2025, 3, 30, 1, 30), utc(2025, 3, 31, 0, 30)]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (utc(2025, 10, 25, 12), [utc(2025, 10, 26, 2), utc(2025, 10, 27, 2)]),
        (utc(2025, 3, 29, 12), [utc(2025, 3, 30, 1), utc(2025, 3, 31, 1)]),
    ],
    ids=["autumn", "spring"],
)
def test_a_time_outside_the_changed_hour_fires_once_a_day_in_both_directions(
    start: datetime, expected: list[datetime]
) -> None:
    assert fire_times("0 3 * * *", start, start + timedelta(days=2)) == expected


def test_an_hourly_schedule_follows_real_time_through_the_repeated_hour() -> None:
    times = fire_times("0 * * * *", utc(2025, 10, 25, 23, 30), utc(2025, 10, 26, 3, 30))
    # 01:00 CEST, 02:00 CEST, 02:00 CET, 03:00 CET: four real hours, four runs.
    assert times == [utc(2025, 10, 26, hour) for hour in range(4)]


def test_the_repeat_of_an_autumn_time_is_not_due_after_its_first_occurrence_ran() -> None:
    trigger = trigger_for(
        Workspace(id="T1", report_schedule="30 2 * * *", timezone="Europe/Budapest")
    )
    latest = latest_fire_time(trigger, after=utc(2025, 10, 26, 0, 30), now=utc(2025, 10, 26, 2))
    assert latest is None
