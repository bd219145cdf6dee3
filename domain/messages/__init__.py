"""The one message catalogue: every sentence a user reads is looked up here by key."""

from __future__ import annotations

from collections.abc import Mapping

from domain.messages import formatting
from domain.messages.en import MESSAGES as _ENGLISH
from domain.messages.formatting import DEFAULT_LANGUAGE, LANGUAGES, Template
from domain.messages.hu import MESSAGES as _HUNGARIAN

_CATALOGUES: Mapping[str, Mapping[str, Template]] = {"en": _ENGLISH, "hu": _HUNGARIAN}

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "catalogue", "keys", "placeholders", "t", "translate"]


def t(key: str, /, **params: object) -> str:
    """Render the English text of `key` with its placeholders filled in."""
    return translate(DEFAULT_LANGUAGE, key, **params)


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
