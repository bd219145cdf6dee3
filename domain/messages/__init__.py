"""The one message catalogue: every sentence a user reads is looked up here by key.

The domain never renders text: it builds `Text` values (a key and its parameters) with
`msg()`. An edge (Slack, the terminal) renders them once, for the reader's language, with
a `Translator`, which also decides how a parameter is shown there (escaped for Slack
mrkdwn, an actor as a mention or a name).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Protocol

from domain.messages import formatting
from domain.messages.en import MESSAGES as _ENGLISH
from domain.messages.formatting import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from domain.messages.formatting import LANGUAGES as LANGUAGES
from domain.messages.formatting import Template
from domain.messages.hu import MESSAGES as _HUNGARIAN

_CATALOGUES: dict[str, Mapping[str, Template]] = {"en": _ENGLISH, "hu": _HUNGARIAN}


@dataclass(frozen=True)
class Text:
    """A sentence not yet rendered: a catalogue key and its parameters."""

    key: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Lines:
    """Several sentences or values shown one per line (with a bullet when `bullet`)."""

    items: tuple[object, ...]
    bullet: bool = False


@dataclass(frozen=True)
class Day:
    """A date (no time of day), shown in the reader's format."""

    at: datetime


@dataclass(frozen=True)
class Indented:
    """A text shown with every line indented by two spaces."""

    item: object


def lines(*items: object, bullet: bool = False) -> Text:
    """Several sentences as one text, one per line."""
    return Text("text.lines", MappingProxyType({"lines": Lines(tuple(items), bullet)}))


def msg(key: str, /, **params: object) -> Text:
    """The sentence `key` with `params`, to be rendered at the edge in the reader's language."""
    return Text(key, MappingProxyType(params))


class Person(Protocol):
    """Anything that names who did something (the audit actor)."""

    @property
    def kind(self) -> str: ...

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


def _plain(value: str) -> str:
    return value


@dataclass(frozen=True)
class Translator:
    """Renders `Text` in one language.

    The edge decides how data is shown: `escape` is applied to every inserted string,
    `person` shows who did something (default: the `actor.<kind>` text), `day` a date.
    """

    lang: str = DEFAULT_LANGUAGE
    escape: Callable[[str], str] = _plain
    person: Callable[[Person], str] | None = None
    day: Callable[[datetime], str] | None = None

    @property
    def language(self) -> str:
        """The language this translator writes (what `formatting.render` asks of an edge)."""
        return self.lang

    def __call__(self, key: str, /, **params: object) -> str:
        """Render `key` with `params` in this translator's language."""
        return self.text(Text(key, params))

    def text(self, item: Text | str) -> str:
        """Render a `Text`; a plain string (data such as a name) is only escaped."""
        if isinstance(item, str):
            return self.escape(item)
        return formatting.render(template_of(self.lang, item.key), item.params, self)

    def entry(self, key: str, params: Mapping[str, object]) -> str:
        """Another catalogue entry in this language (a `{kind:@kind}` term, for one)."""
        return self.text(Text(key, params))

    def value(self, value: object) -> str:
        """One parameter as text: nested sentences rendered, lists joined, data escaped."""
        if isinstance(value, Text | str):
            return self.text(value)
        if isinstance(value, Lines):
            mark = "• " if value.bullet else ""
            return "\n".join(mark + self.value(item) for item in value.items)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return formatting.number(self.lang, value)
        if isinstance(value, datetime):
            return formatting.date_time(self.lang, value)
        if isinstance(value, Indented):
            return "\n".join(f"  {line}" for line in self.value(value.item).splitlines())
        if isinstance(value, Day):
            return self.day(value.at) if self.day else formatting.date(self.lang, value.at)
        if value is None:
            return ""
        if isinstance(value, Sequence):
            return ", ".join(self.value(each) for each in value)
        if _is_person(value):
            return self.show_person(value)  # type: ignore[arg-type]
        return self.escape(str(value))

    def show_person(self, who: Person) -> str:
        """Who did something: by default their name, marked when it is not a Slack user."""
        if self.person is not None:
            return self.person(who)
        return self(f"actor.{who.kind}", name=who.name)


def _is_person(value: object) -> bool:
    return all(hasattr(value, attribute) for attribute in ("kind", "id", "name"))


def languages() -> tuple[str, ...]:
    """The languages the catalogue has."""
    return LANGUAGES


@lru_cache(maxsize=8192)
def template_of(lang: str, key: str) -> Template:
    """The template of `key` in `lang`; a language mmbot does not speak reads English.

    Cached: the catalogues are constants, and every table cell and headline asks."""
    catalogue = _CATALOGUES[formatting.language_of(lang) or DEFAULT_LANGUAGE]
    return catalogue[key] if key in catalogue else _ENGLISH[key]


def catalogue(lang: str) -> Mapping[str, Template]:
    """Every entry of one language's catalogue, by key."""
    return _CATALOGUES[lang]


def t(lang: str, key: str, /, **params: object) -> str:
    """Render `key` in `lang` with plain (unescaped) parameters: for terminal text and logs."""
    return Translator(lang)(key, **params)


def placeholders(key: str, lang: str = DEFAULT_LANGUAGE) -> set[str]:
    """Names of the parameters the text of `key` expects."""
    return {name for name, _ in formatting.fields(_CATALOGUES[lang][key])}


def keys() -> set[str]:
    """Every key in the catalogue."""
    return set(_ENGLISH)
