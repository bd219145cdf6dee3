"""Rendering one catalogue entry for a language: CLDR plurals, numbers, dates, lists (Babel).

A template is a `str.format` text or a `Plural` (one text per CLDR plural category,
chosen by a count parameter). An edge (`domain.messages.Translator`) shows each
parameter the way its place shows data, with the helpers here for numbers
(`1 234,5` in Hungarian) and dates (`2026. 12. 01.`). A format spec chooses another
rendering:

- `{names:and}` / `{names:or}` join a list as the language does ("A, B és C", "A vagy B");
- `{day:weekday}` is the weekday name of a date, `{at:date}` only the date of a datetime;
- `{kind:@kind}` renders the catalogue entry `kind.<value>` in the same language (the
  value may be a nested text: its last key part counts), so a fixed word (a kind, a
  state, a type) is translated, and a language keeps its own inflected forms
  (`hu.noun_to.site`) without gluing a suffix to a placeholder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from collections.abc import Iterable, Mapping
from decimal import Decimal, localcontext
from enum import Enum
from functools import cache, lru_cache
from typing import Literal, Protocol

from babel import Locale
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal

LANGUAGES: tuple[str, ...] = ("en", "hu")
DEFAULT_LANGUAGE = "en"
PLURAL_CATEGORIES: tuple[str, ...] = ("zero", "one", "two", "few", "many", "other")

# Short, unambiguous and the way each language writes it: "Dec 1, 2026" and "2026. 12. 01.".
_DATE_FORMAT = {"en": "medium", "hu": "short"}


@dataclasses.dataclass(frozen=True)
class Plural:
    """A text per CLDR plural category, chosen by the count parameter named `by`."""

    by: str
    other: Template
    one: Template | None = None
    zero: Template | None = None
    two: Template | None = None
    few: Template | None = None
    many: Template | None = None

    def forms(self) -> dict[str, Template]:
        """The categories this entry spells out, with their texts."""
        return {c: f for c in PLURAL_CATEGORIES if (f := getattr(self, c)) is not None}

    def choose(self, language: str, params: Mapping[str, object]) -> Template:
        """The form for the count in `params`, or `other` when the language's form is absent."""
        count = params[self.by]
        if not isinstance(count, int | float | Decimal) or isinstance(count, bool):
            raise TypeError(f"plural count {self.by}={count!r} is not a number")
        return self.forms().get(plural_category(language, count), self.other)


Template = str | Plural


def language_of(value: str | None) -> str | None:
    """'hu', 'hu-HU', 'hu_HU' → 'hu'; None for a language mmbot does not speak."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def plural_category(language: str, count: float | Decimal) -> str:
    """The CLDR plural category of `count` in `language` ('one', 'other', ...)."""
    return str(_locale(language).plural_form(count))


def number(language: str, value: float | Decimal) -> str:
    """A number with the language's separators: 1,234.5 / 1 234,5, however many digits it has."""
    if type(value) is int:
        # Counts repeat (a page's position, a table's totals): Babel's formatting is slow.
        return _whole_number(language, value)
    return _number(language, value)


@lru_cache(maxsize=4096)
def _whole_number(language: str, value: int) -> str:
    return _number(language, value)


def _number(language: str, value: float | Decimal) -> str:
    digits = len(str(int(value))) if isinstance(value, int) else 0
    with localcontext() as context:
        # Babel rounds through Decimal, whose default precision (28 digits) refuses a longer
        # number a user typed; the context grows with the number instead.
        context.prec = max(context.prec, digits + 10)
        return str(format_decimal(value, locale=_locale(language)))


def date(language: str, value: dt.date) -> str:
    """A date as the language writes it: Dec 1, 2026 / 2026. 12. 01."""
    return str(format_date(value, _DATE_FORMAT[language], locale=_locale(language)))


def date_time(language: str, value: dt.datetime) -> str:
    """Date and 24-hour time: Dec 1, 2026 09:00 / 2026. 12. 01. 09:00."""
    clock = format_time(value, "HH:mm", locale=_locale(language))
    return f"{date(language, value)} {clock}"


def weekday(language: str, value: dt.date) -> str:
    """The weekday name: Monday / hétfő."""
    return str(get_day_names("wide", locale=_locale(language))[value.weekday()])


ListStyle = Literal["standard", "or"]


def join(language: str, items: Iterable[str], style: ListStyle = "standard") -> str:
    """A list as the language says it: 'A, B, and C' / 'A, B és C' ('or' style: vagy)."""
    listed = list(items)
    return str(format_list(listed, style=style, locale=_locale(language))) if listed else ""


class Edge(Protocol):
    """How the place that shows a text writes its parameters (a terminal, Slack mrkdwn)."""

    @property
    def language(self) -> str: ...

    def value(self, raw: object) -> str:
        """One parameter as text, in this language, as this edge shows data."""
        ...

    def entry(self, key: str, params: Mapping[str, object]) -> str:
        """Another catalogue entry rendered in the same language with `params`."""
        ...


def _field(edge: Edge, params: Mapping[str, object], value: object, format_spec: str) -> str:
    """One placeholder's text: the value as the edge shows it, or as its format spec asks."""
    language = edge.language
    if not format_spec:
        return edge.value(value)
    if format_spec.startswith("@"):
        return edge.entry(f"{format_spec[1:]}.{term_of(value)}", params)
    if format_spec in {"and", "or"}:
        style: ListStyle = "or" if format_spec == "or" else "standard"
        return join(language, (edge.value(item) for item in _items(value)), style=style)
    if format_spec == "weekday" and isinstance(value, dt.date):
        return weekday(language, value)
    if format_spec == "date" and isinstance(value, dt.date):
        return date(language, value)
    raise ValueError(f"unknown format spec {format_spec!r}")


class _Formatter(string.Formatter):
    # For the templates `_parsed` leaves to str.format's own machinery.
    def __init__(self, edge: Edge, params: Mapping[str, object]) -> None:
        super().__init__()
        self.edge, self.params = edge, params

    def format_field(self, value: object, format_spec: str) -> str:
        return _field(self.edge, self.params, value, format_spec)


# A template's pieces: literal text, then the placeholder's name (None after the last
# literal) and its format spec.
_Piece = tuple[str, str | None, str]


@cache
def _parsed(template: str) -> tuple[_Piece, ...] | None:
    """The template split once into pieces; None when a placeholder needs str.format itself
    (a positional or dotted field, a conversion, a nested spec), which no catalogue has."""
    pieces: list[_Piece] = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and (not name.isidentifier() or conversion or "{" in (spec or "")):
            return None
        pieces.append((literal, name, spec or ""))
    return tuple(pieces)


def term_of(value: object) -> str:
    """The word a value stands for: an enum's value, a nested text's last key part, a string."""
    if isinstance(value, Enum):
        return str(value.value)
    key = getattr(value, "key", None)
    return key.rsplit(".", 1)[-1] if isinstance(key, str) else str(value)


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple | set | frozenset) else [value]


def render(template: Template, params: Mapping[str, object], edge: Edge) -> str:
    """`template` with `params` filled in, in the edge's language, the way the edge shows data.

    Each template is parsed once (a table renders the same few entries for every row);
    the text is what `str.format` with `_Formatter` writes, byte for byte.
    """
    while isinstance(template, Plural):
        template = template.choose(edge.language, params)
    pieces = _parsed(template)
    if pieces is None:
        return _Formatter(edge, params).vformat(template, (), dict(params))
    out: list[str] = []
    for literal, name, spec in pieces:
        out.append(literal)
        if name is not None:
            out.append(_field(edge, params, params[name], spec))
    return "".join(out)


def fields(template: Template) -> set[tuple[str, str]]:
    """Every (placeholder, format spec) pair in `template`, across all its plural forms."""
    if isinstance(template, Plural):
        found = {(template.by, "")}
        for form in template.forms().values():
            found |= fields(form)
        return found
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name}
