"""The one message catalogue: every sentence a user reads is looked up here by key."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from domain.messages import formatting
from domain.messages.en import MESSAGES as _ENGLISH
from domain.messages.formatting import DEFAULT_LANGUAGE, LANGUAGES, Template
from domain.messages.hu import MESSAGES as _HUNGARIAN

_CATALOGUES: Mapping[str, Mapping[str, Template]] = {"en": _ENGLISH, "hu": _HUNGARIAN}

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "catalogue",
    "keys",
    "placeholders",
    "reading",
    "t",
    "translate",
]

# The language of the reader of what is being rendered now. The edge that knows the reader
# (a Slack request, a CLI run, a channel post) sets it around its work with `reading`.
_reader: ContextVar[str] = ContextVar("mmbot_reader_language", default=DEFAULT_LANGUAGE)


@contextmanager
def reading(language: str) -> Iterator[Callable[[str], None]]:
    """Render every `t()` inside the block in `language` (a language mmbot lacks reads English).

    The block gets a function that switches to another language until the block ends, for an
    edge that learns its reader's language only on the way (the CLI, from the workspace).
    """
    token = _reader.set(formatting.language_of(language) or DEFAULT_LANGUAGE)

    def switch(other: str) -> None:
        _reader.set(formatting.language_of(other) or DEFAULT_LANGUAGE)

    try:
        yield switch
    finally:
        _reader.reset(token)


def reader_language() -> str:
    """The language `t()` renders in here and now."""
    return _reader.get()


def t(key: str, /, **params: object) -> str:
    """Render `key` with its placeholders filled in, in the language of the current reader."""
    return translate(_reader.get(), key, **params)


def translate(locale: str, key: str, /, **params: object) -> str:
    """Render `key` in `locale` (a language mmbot does not speak falls back to English)."""
    language = formatting.language_of(locale) or DEFAULT_LANGUAGE
    catalogue = _CATALOGUES[language]

    def lookup(name: str) -> Template:
        return catalogue[name] if name in catalogue else _ENGLISH[name]

    return formatting.render(lookup(key), params, formatting.PlainEdge(language, lookup))


def catalogue(language: str) -> Mapping[str, Template]:
    """Every entry of one language's catalogue, by key."""
    return _CATALOGUES[language]


def placeholders(key: str, language: str = DEFAULT_LANGUAGE) -> set[str]:
    """Names of the parameters the text of `key` expects."""
    return {name for name, _ in formatting.fields(_CATALOGUES[language][key])}


def keys() -> set[str]:
    """Every key in the catalogue."""
    return set(_ENGLISH)
