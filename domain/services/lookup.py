"""Finding things by name, answering an unknown name with the closest existing ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from domain.errors import NotFound
from domain.names import closest
from domain.org import Agent, Site, Team
from domain.ports import UnitOfWork
from domain.profiles import Profile

Found = TypeVar("Found")
# Agents can number in the hundred thousands: past this many, suggestions are ranked among
# the names that share a word (or the first letters) with the typed one, found by the store.
_RANK_ALL_UP_TO = 5_000
_CANDIDATES_PER_WORD = 200
_MIN_WORD = 2


def _words(name: str) -> list[str]:
    separated = name.replace("_", " ").replace("-", " ").split()
    return sorted({word for word in separated if len(word) >= _MIN_WORD}, key=len, reverse=True)


def _agent_candidates(uow: UnitOfWork, name: str) -> Callable[[], Iterable[str]]:
    repository = uow.agents

    def found() -> Iterable[str]:
        if repository.count() <= _RANK_ALL_UP_TO:
            return repository.names()
        names: dict[str, None] = {}
        for word in _words(name):
            # The longest leading part of each word that matches anything, so a typo near
            # the end of a word still finds its neighbours.
            for end in range(len(word), _MIN_WORD - 1, -1):
                if found_names := repository.search(word[:end], limit=_CANDIDATES_PER_WORD):
                    names.update(dict.fromkeys(found_names))
                    break
        return names

    return found


def _required(
    kind: str, name: str, found: Found | None, names: Callable[[], Iterable[str]]
) -> Found:
    if found is None:
        raise NotFound(kind, name, closest(name, names()))
    return found


def profile(uow: UnitOfWork, name: str, *, for_update: bool = False) -> Profile:
    """The profile called `name` (any case), or NotFound with suggestions."""
    found = uow.profiles.get_by_name(name.strip(), for_update=for_update)
    return _required("profile", name, found, uow.profiles.names)


def site(uow: UnitOfWork, name: str) -> Site:
    """The site called `name`, or NotFound with suggestions."""
    return _required("site", name, uow.sites.get_by_name(name.strip()), uow.sites.names)


def team(uow: UnitOfWork, name: str) -> Team:
    """The team called `name`, or NotFound with suggestions."""
    return _required("team", name, uow.teams.get_by_name(name.strip()), uow.teams.names)


def agent(uow: UnitOfWork, name: str) -> Agent:
    """The agent called `name`, or NotFound with suggestions."""
    return _required(
        "agent", name, uow.agents.get_by_name(name.strip()), _agent_candidates(uow, name)
    )
