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
    return _required("agent", name, uow.agents.get_by_name(name.strip()), uow.agents.names)
