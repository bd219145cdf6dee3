"""Scheduled report runs: one claimed row per (workspace, scheduled time), and its storage protocol.

The claim is what makes the scheduled report exactly-once across processes: only the
unit of work whose insert created the row posts; a claim whose post never succeeded
carries a lease so that exactly one process at a time may retry it. Every claim (and
every take-over) gets a fresh token, and only the holder of the current token may
renew, release or finish the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
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
    claim_token: str | None = None
    # Set when an attempt began posting and no later proof showed that nothing was sent:
    # the next attempt must look in the channel's history before posting again.
    post_started_at: datetime | None = None
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


@dataclass(frozen=True)
class Claim:
    """A run this process holds: its key, the token that proves ownership, and its history."""

    workspace_id: str
    scheduled_for: datetime
    token: str
    attempt: int
    # An earlier attempt may have posted: look in the channel before posting.
    maybe_posted_since: datetime | None = None

    @property
    def run_id(self) -> str:
        """The run's stable id, the same for every attempt: it is what a post's metadata names."""
        return f"{self.workspace_id}/{self.scheduled_for.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


@dataclass(frozen=True)
class PostMark:
    """What a report post carries so that it can be found again (Slack message metadata)."""

    workspace_id: str
    scheduled_for: datetime
    run_id: str

    @classmethod
    def of(cls, claim: Claim) -> PostMark:
        """The mark of the run `claim` holds."""
        return cls(claim.workspace_id, claim.scheduled_for, claim.run_id)


class ReportRunRepository(Protocol):
    def claim(
        self, scheduled_for: datetime, *, by: str, token: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Insert the run unless it exists (safe against concurrent inserts); True if this call inserted it."""
        ...

    def take_over(
        self, scheduled_for: datetime, *, by: str, token: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Take a pending run whose lease has expired at `at`; True for exactly one caller."""
        ...

    def renew(self, scheduled_for: datetime, *, token: str, lease_until: datetime) -> bool:
        """Extend the lease of a pending run held with `token`; False if the token lost it."""
        ...

    def mark_posting(self, scheduled_for: datetime, *, token: str, at: datetime) -> bool:
        """Note that a post may now happen (keeping an earlier note); False if the token lost it."""
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
        token: str | None,
        outcome: RunOutcome,
        at: datetime,
        channel: str | None = None,
        message_ts: str | None = None,
        error: str | None = None,
        findings: tuple[int, int] | None = None,
    ) -> bool:
        """Record the outcome of a pending run held with `token`; False if the token lost it.

        `findings` is (inactive, unassigned) of the posted report.
        """
        ...

    def release(
        self,
        scheduled_for: datetime,
        *,
        token: str,
        error: str,
        retry_at: datetime,
        nothing_sent: bool,
    ) -> bool:
        """Record a failed attempt; the lease ends at `retry_at`, when another attempt may start.

        `nothing_sent` clears the posting note: this attempt proved that it sent nothing.
        """
        ...


class ReportUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also hands out the workspace's report runs."""

    @property
    def report_runs(self) -> ReportRunRepository: ...


class ReportUnitOfWorkFactory(Protocol):
    def __call__(self, workspace_id: str, *, write: bool = True) -> ReportUnitOfWork: ...

    def workspace_ids(self) -> list[str]: ...


class SchedulerHeartbeats(Protocol):
    """Where a running scheduler says it is alive, and where a health check reads it."""

    def beat(self, instance: str, *, at: datetime, runner: str) -> None:
        """Store that the scheduler of `instance` was alive at `at`."""
        ...

    def last_beat(self, instance: str) -> datetime | None:
        """When the scheduler of `instance` was last alive, if ever."""
        ...
