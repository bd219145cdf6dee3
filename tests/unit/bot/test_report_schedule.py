"""When a workspace's report is due, computed from its cron schedule and time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.scheduler.cron import latest_fire_time, next_fire_time, trigger_for
from domain.workspace import Workspace


def budapest(schedule: str = "0 9 * * *") -> Workspace:
    return Workspace(id="T1", report_schedule=schedule, timezone="Europe/Budapest")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_nine_in_budapest_is_eight_utc_in_winter() -> None:
    fire = next_fire_time(trigger_for(budapest()), utc(2025, 1, 15, 0, 0))
    assert fire == utc(2025, 1, 15, 8, 0)


def test_nine_in_budapest_is_seven_utc_in_summer() -> None:
    fire = next_fire_time(trigger_for(budapest()), utc(2025, 7, 15, 0, 0))
    assert fire == utc(2025, 7, 15, 7, 0)


def test_the_report_follows_the_clock_change_in_march() -> None:
    trigger = trigger_for(budapest())
    # Summer time starts on 30 March 2025 at 02:00 local time.
    assert next_fire_time(trigger, utc(2025, 3, 29, 9, 0)) == utc(2025, 3, 30, 7, 0)


def test_changing_the_schedule_moves_the_next_run() -> None:
    now = utc(2025, 1, 15, 6, 0)
    before = next_fire_time(trigger_for(budapest("0 9 * * *")), now)
    after = next_fire_time(trigger_for(budapest("30 7 * * 1-5")), now)
    assert before == utc(2025, 1, 15, 8, 0)
    assert after == utc(2025, 1, 15, 6, 30)


def test_changing_the_time_zone_moves_the_next_run() -> None:
    now = utc(2025, 1, 15, 0, 0)
    new_york = Workspace(id="T1", report_schedule="0 9 * * *", timezone="America/New_York")
    assert next_fire_time(trigger_for(new_york), now) == utc(2025, 1, 15, 14, 0)


def test_the_latest_due_time_is_the_last_one_not_after_now() -> None:
    trigger = trigger_for(budapest())
    found = latest_fire_time(trigger, after=utc(2025, 1, 1, 0, 0), now=utc(2025, 1, 15, 12, 0))
    assert found == utc(2025, 1, 15, 8, 0)


def test_a_scheduled_time_is_due_at_that_very_moment() -> None:
    trigger = trigger_for(budapest())
    at = utc(2025, 1, 15, 8, 0)
    assert latest_fire_time(trigger, after=at - timedelta(days=1), now=at) == at


def test_nothing_is_due_when_the_last_run_is_the_latest_scheduled_time() -> None:
    trigger = trigger_for(budapest())
    last = utc(2025, 1, 15, 8, 0)
    assert latest_fire_time(trigger, after=last, now=utc(2025, 1, 16, 7, 59)) is None


def test_a_long_outage_of_a_weekly_schedule_finds_the_last_week() -> None:
    trigger = trigger_for(budapest("0 9 * * 1"))  # Mondays
    found = latest_fire_time(trigger, after=utc(2024, 1, 1), now=utc(2025, 1, 17, 12, 0))
    assert found == utc(2025, 1, 13, 8, 0)


def test_a_minutely_schedule_after_a_year_away_finds_the_last_minute() -> None:
    trigger = trigger_for(budapest("* * * * *"))
    found = latest_fire_time(trigger, after=utc(2024, 1, 1), now=utc(2025, 1, 17, 12, 3, 30))
    assert found == utc(2025, 1, 17, 12, 3)


def test_a_schedule_that_is_not_cron_is_refused() -> None:
    with pytest.raises(ValueError, match="invalid report schedule"):
        trigger_for(budapest("0 25 * * *"))


@pytest.mark.parametrize(
    ("weekdays", "fires_on"),
    [
        ("1-5", utc(2025, 1, 20, 8, 0)),  # from Saturday 18 January: Monday
        ("0", utc(2025, 1, 19, 8, 0)),  # Sunday
        ("7", utc(2025, 1, 19, 8, 0)),  # Sunday again
        ("sat", utc(2025, 1, 18, 8, 0)),
        ("5-7", utc(2025, 1, 18, 8, 0)),
    ],
)
def test_the_trigger_counts_sunday_as_zero_like_crontab(weekdays: str, fires_on: datetime) -> None:
    trigger = trigger_for(budapest(f"0 9 * * {weekdays}"))
    assert next_fire_time(trigger, utc(2025, 1, 18, 0, 0)) == fires_on
