"""Names for the assign form's searchable pickers."""

from __future__ import annotations

from domain.application.result import Result
from domain.audit import Actor
from domain.commands import model as m
from domain.ports import UnitOfWork
from domain.profiles import ProfileState


def profiles(uow: UnitOfWork, _: Actor, command: m.SuggestProfiles) -> Result:
    """Names of active profiles containing the text, any case."""
    wanted = command.text.strip().casefold()
    names = [p.name for p in uow.profiles.list(ProfileState.ACTIVE) if wanted in p.name.casefold()]
    return Result(data=names[: command.limit])


def targets(uow: UnitOfWork, _: Actor, command: m.SuggestTargets) -> Result:
    """(kind, name) of the sites, teams or agents whose names contain the text."""
    searches = {
        m.TargetKind.SITE: uow.sites.search,
        m.TargetKind.TEAM: uow.teams.search,
        m.TargetKind.AGENT: uow.agents.search,
    }
    kinds = [command.kind] if command.kind is not None else list(m.TargetKind)
    found: list[tuple[m.TargetKind, str]] = []
    for kind in kinds:
        found += [
            (kind, name) for name in searches[kind](command.text.strip(), limit=command.limit)
        ]
    return Result(data=found[: command.limit])
