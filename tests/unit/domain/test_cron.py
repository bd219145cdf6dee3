"""Report schedules are checked field by field when settings are saved."""

from __future__ import annotations

import pytest

from domain.cron import check_cron
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
