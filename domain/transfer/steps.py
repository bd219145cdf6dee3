"""An import plan: for every object in the input, whether it is created, changed or left alone."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from domain.org import Agent, Site, Team
from domain.profiles import Profile
from domain.transfer.document import (
    ExportAgent,
    ExportProfile,
    ExportSettings,
    ExportSite,
    ExportTeam,
)

ItemT = TypeVar("ItemT")
CurrentT = TypeVar("CurrentT")


class Outcome(StrEnum):
    CREATE = "create"
    CHANGE = "change"
    KEEP = "keep"


class Kind(StrEnum):
    SETTINGS = "settings"
    PROFILE = "profile"
    SITE = "site"
    TEAM = "team"
    AGENT = "agent"


@dataclass(frozen=True)
class Step(Generic[ItemT, CurrentT]):
    """One object: the wanted item (names already in their stored spelling) and what it is now."""

    outcome: Outcome
    item: ItemT
    current: CurrentT | None = None
    changed: tuple[str, ...] = ()


def compare(item: ItemT, current: CurrentT | None, changed: list[str]) -> Step[ItemT, CurrentT]:
    """The step for `item`: created when nothing matches, changed when any field differs."""
    if current is None:
        return Step(Outcome.CREATE, item)
    outcome = Outcome.CHANGE if changed else Outcome.KEEP
    return Step(outcome, item, current, tuple(changed))


def changed_fields(wanted: BaseModel, current: BaseModel) -> list[str]:
    """Names of the fields whose values differ, in model order."""
    now = current.model_dump()
    return [name for name, value in wanted.model_dump().items() if now[name] != value]


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import would do, validated as a whole; applying it cannot be refused by a rule."""

    source: str
    settings: Step[ExportSettings, ExportSettings] | None = None
    profiles: tuple[Step[ExportProfile, Profile], ...] = ()
    sites: tuple[Step[ExportSite, Site], ...] = ()
    teams: tuple[Step[ExportTeam, Team], ...] = ()
    agents: tuple[Step[ExportAgent, Agent], ...] = ()
    counts: dict[Kind, Counter[Outcome]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        sections: dict[Kind, tuple[Step[Any, Any], ...]] = {
            Kind.SETTINGS: (self.settings,) if self.settings else (),
            Kind.PROFILE: self.profiles,
            Kind.SITE: self.sites,
            Kind.TEAM: self.teams,
            Kind.AGENT: self.agents,
        }
        for kind, steps in sections.items():
            self.counts[kind] = Counter(step.outcome for step in steps)

    def total(self, outcome: Outcome) -> int:
        """How many objects of every kind have this outcome."""
        return sum(counter[outcome] for counter in self.counts.values())

    @property
    def changes_anything(self) -> bool:
        return bool(self.total(Outcome.CREATE) or self.total(Outcome.CHANGE))
