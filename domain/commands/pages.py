"""How a paged answer says where it is and how to see the rest (the same text in every frontend)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from domain.paging import Page

# A word the tokenizer reads back as it is: no spaces, quotes, backslashes or '='.
_BARE = re.compile(r"[^\s\"“”\\=]+")


class Paging(BaseModel):
    """Page `number` of `pages`: items `first`–`last` of `total`, and the commands for the
    neighbouring pages (None at either end)."""

    model_config = ConfigDict(frozen=True)

    number: int
    pages: int
    total: int
    first: int
    last: int
    next_command: str | None = None
    previous_command: str | None = None


def quoted(name: str) -> str:
    """`name` as a command word: bare when it can be, else in double quotes with escapes."""
    if _BARE.fullmatch(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def paging(page: Page[Any], command: Callable[[int], str]) -> Paging:
    """The paging of `page`; `command(n)` is the command text that shows page n."""
    return Paging(
        number=page.number,
        pages=page.pages,
        total=page.total,
        first=page.first_position,
        last=page.first_position + len(page.items) - 1 if page.items else 0,
        next_command=command(page.number + 1) if page.has_next else None,
        previous_command=command(page.number - 1) if page.has_previous else None,
    )


def with_page(text: str, number: int) -> str:
    """`text` asking for page `number` (page 1 is the plain command)."""
    return text if number == 1 else f"{text} page={number}"
