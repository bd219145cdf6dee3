"""Closest existing names, for 'did you mean …' answers."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3


def closest(name: str, candidates: Iterable[str], *, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to `limit` candidates that look like `name`, best first, compared case-insensitively."""
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(candidate.casefold(), candidate)
    wanted = name.casefold().strip()
    prefixed = [key for key in by_key if wanted and (key.startswith(wanted) or wanted in key)]
    similar = difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=0.6)
    ordered = list(dict.fromkeys([*similar, *sorted(prefixed)]))
    return [by_key[key] for key in ordered[:limit]]
