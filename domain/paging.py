"""Pages of long answers: no answer hides data without saying how to see it (SPEC §7)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from domain.errors import DomainError

Item = TypeVar("Item")

PAGE_SIZE = 25


class PageOutOfRange(DomainError):
    """page=N asks for a page past the last one."""

    key = "page.out_of_range"

    def __init__(self, number: int, pages: int) -> None:
        super().__init__(number=number, pages=pages)


@dataclass(frozen=True)
class PageRequest:
    """Which page of an answer was asked for (1 is the first)."""

    number: int = 1
    size: int = PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of items, with the total so the answer can say 'page 2 of 9'."""

    items: tuple[Item, ...]
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def first_position(self) -> int:
        """1-based position of the first item on this page (0 when there is none)."""
        return (self.number - 1) * self.size + 1 if self.items else 0


def paged(
    request: PageRequest,
    count: Callable[[], int],
    fetch: Callable[[int, int], Sequence[Item]],
) -> Page[Item]:
    """Count, refuse a page past the end, then fetch (offset, limit) only the rows shown."""
    total = count()
    pages = max(1, math.ceil(total / request.size))
    if request.number > pages:
        raise PageOutOfRange(request.number, pages)
    items = tuple(fetch(request.offset, request.size)) if total else ()
    return Page(items=items, number=request.number, size=request.size, total=total)


def fetched_page(request: PageRequest, total: int, items: Sequence[Item]) -> Page[Item]:
    """A page whose items were read with their total in one go; past the end is refused."""
    return paged(request, lambda: total, lambda _offset, _limit: items)


def page_of(request: PageRequest, items: Sequence[Item]) -> Page[Item]:
    """A page cut from a list already in memory."""
    return paged(request, lambda: len(items), lambda o, n: items[o : o + n])
