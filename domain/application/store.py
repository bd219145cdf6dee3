"""What the application needs from its store: every repository, report runs and bulk writes."""

from __future__ import annotations

from typing import Protocol

from domain.report_runs import ReportUnitOfWork
from domain.transfer.ports import ImportUnitOfWork


class StoreUnitOfWork(ReportUnitOfWork, ImportUnitOfWork, Protocol):
    """A unit of work with the report runs and the bulk writer besides the usual repositories."""


class Store(Protocol):
    """Opens units of work (storage's SqlUnitOfWorkFactory is one)."""

    def __call__(self, workspace_id: str, *, write: bool = True) -> StoreUnitOfWork: ...

    def workspace_ids(self) -> list[str]: ...
