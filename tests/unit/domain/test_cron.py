"""Report schedules are checked field by field when settings are saved."""

from __future__ import annotations

import pytest

from domain.cron import check_cron, parse_cron
from domain.errors import ValidationFailed


@pytest.mark.parametrize(
    "schedule",
    [
        "0 9 * * *",
        "30 8 * * 1-5",
        "*/15 * * * *",
        "0 9 1,15 * *",
        "0 9 * jan-mar mon",
        "0 0 * * 7",
        "0 6-18/2 * * *",
    ],
)
def test_ordinary_schedules_are_accepted(schedule: str) -> None:
    assert check_cron(f"  {schedule} ") == schedule


@pytest.mark.parametrize(
    ("schedule", "field"),
    [
        ("0 25 * * *", "hour"),
        ("60 9 * * *", "minute"),
        ("0 9 0 * *", "day"),
        ("0 9 * 13 *", "month"),
        ("0 9 * * 8", "weekday"),
        ("0 9 * * fri-mon", "weekday"),
        ("*/0 * * * *", "minute"),
        ("0 9 * * x", "weekday"),
    ],
)
def test_a_value_outside_its_field_is_refused_naming_the_field(schedule: str, field: str) -> None:
    with pytest.raises(ValidationFailed, match=f"the {field} field"):
        check_cron(schedule)


def test_a_schedule_without_five_fields_explains_the_format() -> None:
    with pytest.raises(ValidationFailed, match="Use five cron fields"):
        check_cron("0 9 * *")


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("*", None),
        ("0-7", None),
        ("1-5", (1, 2, 3, 4, 5)),
        ("0", (0,)),
        ("7", (0,)),
        ("5-7", (0, 5, 6)),
        ("*/2", (0, 2, 4, 6)),
        ("1,3,sat", (1, 3, 6)),
        ("mon-wed", (1, 2, 3)),
        ("4/1", (0, 4, 5, 6)),
    ],
)
def test_weekdays_are_parsed_with_sunday_as_zero(field: str, days: tuple[int, ...] | None) -> None:
    assert parse_cron(f"0 9 * * {field}").weekdays == days


def test_each_field_is_parsed_into_the_values_it_allows() -> None:
    schedule = parse_cron("*/20 6-18/6 1,15 jan-mar *")
    assert schedule.minutes == (0, 20, 40)
    assert schedule.hours == (6, 12, 18)
    assert schedule.days == (1, 15)
    assert schedule.months == (1, 2, 3)
    assert schedule.weekdays is None
    assert schedule.text == "*/20 6-18/6 1,15 jan-mar *"


@pytest.mark.parametrize("field", ["8", "5-2", "mon-", "*/0", "*/x", "x"])
def test_an_impossible_day_of_week_is_refused(field: str) -> None:
    with pytest.raises(ValidationFailed, match="the weekday field"):
        parse_cron(f"0 9 * * {field}")
