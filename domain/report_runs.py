"""Scheduled report runs: one claimed row per (workspace, scheduled time), and its storage protocol.

The claim is what makes the scheduled report exactly-once across processes: only the
unit of work whose insert created the row posts; a claim whose post never succeeded
carries a lease so that exactly one process at a time may retry it.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from domain.ports import UnitOfWork


class RunOutcome(StrEnum):
    """How a claimed run ended; a run without an outcome is still pending."""

    POSTED = "posted"
    NOTHING_TO_REPORT = "nothing_to_report"
    NO_CHANNEL = "no_channel"
    FAILED = "failed"


class ReportRun(BaseModel):
    model_config = ConfigDict(frozen=True)

    scheduled_for: datetime
    claimed_by: str
    claimed_at: datetime
    lease_until: datetime
    attempts: int
    finished_at: datetime | None = None
    outcome: RunOutcome | None = None
    channel: str | None = None
    message_ts: str | None = None
    last_error: str | None = None
    # What a posted report found, for the App Home's "latest report".
    inactive_count: int | None = None
    unassigned_count: int | None = None

    @property
    def pending(self) -> bool:
        return self.outcome is None


class ReportRunRepository(Protocol):
    def claim(
        self, scheduled_for: datetime, *, by: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Insert the run unless it exists (safe against concurrent inserts); True if this call inserted it."""
        ...

    def take_over(
        self, scheduled_for: datetime, *, by: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Take a pending run whose lease has expired at `at`; True for exactly one caller."""
        ...

    def latest(self) -> ReportRun | None:
        """The run with the latest scheduled time, if any."""
        ...

    def latest_posted(self) -> ReportRun | None:
        """The posted run with the latest scheduled time, if any."""
        ...

    def finish(
        self,
        scheduled_for: datetime,
        *,
        outcome: RunOutcome,
        at: datetime,
        channel: str | None = None,
        message_ts: str | None = None,
        error: str | None = None,
        findings: tuple[int, int] | None = None,
    ) -> None:
        """Record the outcome; `findings` is (inactive, unassigned) of the posted report."""
        ...

    def release(self, scheduled_for: datetime, *, error: str, retry_at: datetime) -> None:
        """Record a failed attempt; the lease ends at `retry_at`, when the next sync may retry the run."""
        ...


class ReportUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also hands out the workspace's report runs."""

    report_runs: ReportRunRepository


class ReportUnitOfWorkFactory(Protocol):
    def __call__(self, workspace_id: str, *, write: bool = True) -> ReportUnitOfWork: ...

    def workspace_ids(self) -> list[str]: ...
