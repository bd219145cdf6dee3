"""Names of sites, teams and agents (SPEC §1): how they are cleaned, compared and suggested.

Profile names keep their own ASCII rule (`domain.profiles`); these are people's and places'
names, so any script is welcome and only characters that hide, reorder or mark up text
are refused.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable

from domain import lengths
from domain.errors import FieldError, ValidationFailed

MAX_SUGGESTIONS = 3
ORG_NAME_MAX = lengths.NAME

# Characters refused by name, each with the catalogue key that names it in words.
_NAMED: dict[str, str] = {
    "\t": "tab",
    "\n": "line_break",
    "\r": "line_break",
    "\x0b": "line_break",
    "\x0c": "line_break",
    "\x85": "line_break",
    "\u2028": "line_break",
    "\u2029": "line_break",
    "\u200b": "zero_width_space",
    "\u200c": "zero_width_non_joiner",
    "\u200d": "zero_width_joiner",
    "\u2060": "word_joiner",
    "\ufeff": "zero_width_no_break_space",
    "\u00ad": "soft_hyphen",
    # Slack turns <…|…> into mentions and links.
    "<": "less_than",
    ">": "greater_than",
    "|": "vertical_bar",
}
# Marks and embeddings that reorder how text is shown (the "Trojan source" characters).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Unicode categories with no visible, stable meaning in a name.
_REFUSED_CATEGORY = {
    "Cc": "control",
    "Cf": "format",
    "Cs": "unassigned",
    "Co": "unassigned",
    "Cn": "unassigned",
}
_SPACES = re.compile(r"\s+")


def refused_character(character: str) -> str | None:
    """The word for why `character` may not be in a name ('tab', 'bidi'…), or None if it may."""
    if (named := _NAMED.get(character)) is not None:
        return named
    if character in _BIDI:
        return "bidi"
    return _REFUSED_CATEGORY.get(unicodedata.category(character))


def clean_name(kind: str, name: str) -> str:
    """A site, team or agent name in NFC, trimmed, spaces collapsed; ValidationFailed otherwise."""
    text = unicodedata.normalize("NFC", name)
    # White space at either end is trimmed, not refused; positions count from what was typed.
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    for index in range(start, end):
        if (reason := refused_character(text[index])) is not None:
            code = f"U+{ord(text[index]):04X}"
            params = {"kind": kind, "position": index + 1, "code": code}
            raise ValidationFailed([FieldError("name", f"name.char.{reason}", params)])
    value = _SPACES.sub(" ", text).strip()
    if not value:
        raise ValidationFailed([FieldError("name", "name.empty", {"kind": kind})])
    if len(value) > ORG_NAME_MAX:
        params = {"kind": kind, "length": len(value), "maximum": ORG_NAME_MAX}
        raise ValidationFailed([FieldError("name", "name.too_long", params)])
    return value


def fits_as_actor(name: str) -> bool:
    """True when `name` can be recorded as who made a change (a CLI user's --as name)."""
    stored = json.dumps({"k": "cli", "i": name, "n": name}, ensure_ascii=False)
    return (
        0 < len(name) <= lengths.ACTOR_NAME
        and name.isprintable()
        and len(stored) <= lengths.ACTOR_COLUMN
    )


def name_key(name: str) -> str:
    """The form names are unique in: NFC, spaces collapsed, casefolded."""
    collapsed = " ".join(unicodedata.normalize("NFC", name).split())
    return unicodedata.normalize("NFC", collapsed.casefold())


def search_key(name: str) -> str:
    """The form suggestions compare: like `name_key`, with accents dropped (Győr → gyor)."""
    decomposed = unicodedata.normalize("NFKD", name_key(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))[: lengths.SEARCH_KEY]


def closest(name: str, candidates: Iterable[str], *, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to `limit` candidates that look like `name`, best first, ignoring case and accents."""
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(search_key(candidate), candidate)
    wanted = search_key(name)
    prefixed = [key for key in by_key if wanted and (key.startswith(wanted) or wanted in key)]
    similar = difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=0.6)
    ordered = list(dict.fromkeys([*similar, *sorted(prefixed)]))
    return [by_key[key] for key in ordered[:limit]]
