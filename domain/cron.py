"""Five-field cron schedules (minute hour day month weekday), checked without a scheduler."""

from __future__ import annotations

from dataclasses import dataclass

from domain.errors import FieldError, ValidationFailed

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


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
    _Field("weekday", 0, 7, _WEEKDAYS, 0),
)


def _item_is_valid(spec: _Field, item: str) -> bool:
    span, slash, step = item.partition("/")
    if slash and not (step.isdigit() and int(step) >= 1):
        return False
    if span == "*":
        return True
    low, dash, high = span.partition("-")
    first = spec.value(low)
    if first is None:
        return False
    if not dash:
        return True
    last = spec.value(high)
    return last is not None and first <= last


def check_cron(value: str) -> str:
    """The schedule with its white space normalised, or ValidationFailed naming the wrong field."""
    parts = value.lower().split()
    if len(parts) != len(FIELDS):
        raise ValidationFailed(
            [FieldError("report_schedule", "settings.bad_cron", {"value": value})]
        )
    for spec, part in zip(FIELDS, parts, strict=True):
        if not all(_item_is_valid(spec, item) for item in part.split(",")):
            params = {"value": value, "field": spec.name, "part": part, **spec.allowed}
            key = "settings.bad_cron_named_field" if spec.names else "settings.bad_cron_field"
            raise ValidationFailed([FieldError("report_schedule", key, params)])
    return " ".join(parts)
