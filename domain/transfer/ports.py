"""What a bulk import needs from storage beyond the single-object repositories."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.audit import AuditRecord
from domain.ports import UnitOfWork


@dataclass(frozen=True)
class NewAgent:
    """An agent to insert, already validated, with its teams and own profile as ids."""

    name: str
    email: str | None
    slack_user: str | None
    profile_id: int | None
    team_ids: tuple[int, ...]


class BulkWriter(Protocol):
    """Writes for imports of thousands of rows; the plan has already checked every rule."""

    def add_agents(self, agents: Sequence[NewAgent]) -> None:
        """Insert agents and their team memberships in a few statements (names are known to be free)."""
        ...

    def add_audit(self, records: Sequence[AuditRecord]) -> None:
        """Append several audit records in one statement."""
        ...


class ImportUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that can also write in bulk."""

    @property
    def bulk(self) -> BulkWriter: ...


class ImportUnitOfWorkFactory(Protocol):
    """Opens units of work that can write in bulk."""

    def __call__(self, workspace_id: str, *, write: bool = True) -> ImportUnitOfWork: ...

    def workspace_ids(self) -> list[str]: ...
