"""Five-field cron schedules (minute hour day month weekday): the one parser of the grammar.

`parse_cron` turns the text into the values each field allows; the scheduler builds its
trigger from that parsed form, so no other module knows the syntax.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain import lengths
from domain.errors import FieldError, ValidationFailed

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Crontab counts Sunday as 0 (and as 7); these are also the names schedulers understand.
WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")

# The values one field allows, ascending; None when it allows every value ("*").
Allowed = tuple[int, ...] | None


@dataclass(frozen=True)
class _Field:
    name: str
    low: int
    high: int
    names: tuple[str, ...] = ()
    first_name_value: int = 0

    def value(self, text: str) -> int | None:
        if text in self.names:
            return self.names.index(text) + self.first_name_value
        if text.isdigit() and self.low <= int(text) <= self.high:
            return int(text)
        return None

    @property
    def allowed(self) -> dict[str, object]:
        """The parameters of the message that says what this field takes."""
        names = {"first": self.names[0], "last": self.names[-1]} if self.names else {}
        return {"low": self.low, "high": self.high, **names}


FIELDS = (
    _Field("minute", 0, 59),
    _Field("hour", 0, 23),
    _Field("day", 1, 31),
    _Field("month", 1, 12, _MONTHS, 1),
    _Field("weekday", 0, 7, WEEKDAYS, 0),
)
_WEEKDAY = FIELDS[-1]


@dataclass(frozen=True)
class CronSchedule:
    """A valid schedule: its normalised text and the values each field allows (Sunday is 0)."""

    text: str
    minutes: Allowed
    hours: Allowed
    days: Allowed
    months: Allowed
    weekdays: Allowed


def _item_values(spec: _Field, item: str) -> set[int] | None:
    """The values `item` (N, N-M, *, each optionally /step) allows; None when it is not valid."""
    span, slash, step_text = item.partition("/")
    if slash and not (step_text.isdigit() and int(step_text) >= 1):
        return None
    step = int(step_text) if slash else 1
    if span == "*":
        # Sunday is 0 and 7, so the weekday's every-day range stops at Saturday.
        first, last = spec.low, (6 if spec is _WEEKDAY else spec.high)
    else:
        low, dash, high = span.partition("-")
        start = spec.value(low)
        if start is None:
            return None
        end = spec.value(high) if dash else (spec.high if slash else start)
        if end is None or start > end:
            return None
        first, last = start, end
    values = set(range(first, last + 1, step))
    return {value % 7 for value in values} if spec is _WEEKDAY else values


def _field_values(spec: _Field, part: str, schedule: str) -> Allowed:
    allowed: set[int] = set()
    for item in part.split(","):
        values = _item_values(spec, item)
        if values is None:
            params = {"value": schedule, "field": spec.name, "part": part, **spec.allowed}
            key = "settings.bad_cron_named_field" if spec.names else "settings.bad_cron_field"
            raise ValidationFailed([FieldError("report_schedule", key, params)])
        allowed |= values
    every = set(range(spec.low, (6 if spec is _WEEKDAY else spec.high) + 1))
    return None if allowed >= every else tuple(sorted(allowed))


def parse_cron(value: str) -> CronSchedule:
    """The schedule's parsed form, or ValidationFailed naming the wrong field."""
    parts = value.lower().split()
    if len(parts) != len(FIELDS):
        raise ValidationFailed(
            [FieldError("report_schedule", "settings.bad_cron", {"value": value})]
        )
    minutes, hours, days, months, weekdays = (
        _field_values(spec, part, value) for spec, part in zip(FIELDS, parts, strict=True)
    )
    return CronSchedule(" ".join(parts), minutes, hours, days, months, weekdays)


def check_cron(value: str) -> str:
    """The schedule with its white space normalised, or ValidationFailed naming the wrong field."""
    text = parse_cron(value).text
    if len(text) > lengths.REPORT_SCHEDULE:
        params = {"length": len(text), "maximum": lengths.REPORT_SCHEDULE}
        raise ValidationFailed(
            [FieldError("report_schedule", "settings.schedule_too_long", params)]
        )
    return text
