"""What planning needs to know about the workspace after the import, and the problems found so far."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from domain import rules
from domain.errors import DomainError, NotFound
from domain.messages import Text, msg
from domain.names import closest
from domain.transfer.problems import Problem, texts


@dataclass
class Names:
    """Names of one kind in their stored spelling, found case-insensitively."""

    kind: str
    spelled: dict[str, str] = field(default_factory=dict)

    def add(self, name: str) -> None:
        self.spelled.setdefault(name.strip().casefold(), name.strip())

    def find(self, name: str) -> str | None:
        return self.spelled.get(name.strip().casefold())

    def require(self, name: str) -> str:
        """The stored spelling, or NotFound with the closest names."""
        found = self.find(name)
        if found is None:
            raise NotFound(self.kind, name, closest(name, self.spelled.values()))
        return found


@dataclass
class Context:
    """The workspace as it will be once the import is applied, for checking references."""

    multimedia: bool
    profiles: Names = field(default_factory=lambda: Names("profile"))
    sites: Names = field(default_factory=lambda: Names("site"))
    teams: Names = field(default_factory=lambda: Names("team"))
    active: dict[str, bool] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def refuse(self, where: Text, line: int | None, error: DomainError) -> None:
        """Record every sentence of `error` as a problem at `where`."""
        self.problems.extend(Problem(where, text, line) for text in texts(error))

    def assignable(self, name: str) -> str:
        """The stored spelling of a profile that will exist and be active after the import."""
        spelled = self.profiles.require(name)
        rules.check_assignable(spelled, active=self.active.get(spelled.casefold(), False))
        return spelled

    def require_multimedia(self) -> None:
        """Assignments need the switch on, unless the import itself turns it on."""
        rules.check_multimedia(self.multimedia)

    def add_profiles(self, names: Iterable[tuple[str, bool]]) -> None:
        for name, active in names:
            self.profiles.add(name)
            self.active[name.strip().casefold()] = active


def first_seen(seen: dict[str, Text], name: str, where: Text) -> Text | None:
    """Where `name` appeared before in the same input, remembering it otherwise."""
    key = name.casefold()
    if key in seen:
        return seen[key]
    seen[key] = where
    return None


class RepeatedInInput(DomainError):
    """The same name twice in one import; which one should win is the admin's call."""

    key = "transfer.repeated"

    def __init__(self, kind: str, name: str, first: Text) -> None:
        super().__init__(kind=msg(f"kind.{kind}"), name=name, first=first)
