"""The one message catalogue: every sentence a user reads is looked up here by key."""

from __future__ import annotations

import string

from domain.messages.en import MESSAGES as _ENGLISH

_CATALOGUES: dict[str, dict[str, str]] = {"en": _ENGLISH}
_formatter = string.Formatter()


def t(key: str, /, **params: object) -> str:
    """Render the English text of `key` with its placeholders filled in."""
    return translate("en", key, **params)


def translate(locale: str, key: str, /, **params: object) -> str:
    """Render `key` in `locale`, falling back to English for a missing locale or key."""
    catalogue = _CATALOGUES.get(locale, _ENGLISH)
    template = catalogue.get(key) or _ENGLISH[key]
    return template.format(**params)


def placeholders(key: str) -> set[str]:
    """Names of the placeholders the English text of `key` expects."""
    return {field for _, field, _, _ in _formatter.parse(_ENGLISH[key]) if field}


def keys() -> set[str]:
    """Every key in the catalogue."""
    return set(_ENGLISH)
