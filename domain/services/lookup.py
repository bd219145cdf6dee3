"""Finding things by name, answering an unknown name with the closest existing ones."""

from __future__ import annotations

from domain.errors import NotFound
from domain.names import closest
from domain.org import Agent, Site, Team
from domain.ports import UnitOfWork
from domain.profiles import Profile


def profile(uow: UnitOfWork, name: str, *, for_update: bool = False) -> Profile:
    """The profile called `name` (any case), or NotFound with suggestions."""
    found = uow.profiles.get_by_name(name.strip(), for_update=for_update)
    if found is None:
        raise NotFound("profile", name, closest(name, uow.profiles.names()))
    return found


def site(uow: UnitOfWork, name: str) -> Site:
    """The site called `name`, or NotFound with suggestions."""
    found = uow.sites.get_by_name(name.strip())
    if found is None:
        raise NotFound("site", name, closest(name, uow.sites.names()))
    return found


def team(uow: UnitOfWork, name: str) -> Team:
    """The team called `name`, or NotFound with suggestions."""
    found = uow.teams.get_by_name(name.strip())
    if found is None:
        raise NotFound("team", name, closest(name, uow.teams.names()))
    return found


def agent(uow: UnitOfWork, name: str) -> Agent:
    """The agent called `name`, or NotFound with suggestions."""
    found = uow.agents.get_by_name(name.strip())
    if found is None:
        raise NotFound("agent", name, closest(name, uow.agents.names()))
    return found
