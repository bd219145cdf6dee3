"""Claiming, renewing, retrying and finishing scheduled report runs (SPEC §4, §7).

Every write names the claim's token, so a process that lost its claim (its lease ran
out and another process took the run over) can no longer change the run.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.report_runs import (
    Claim,
    ReportRun,
    ReportUnitOfWork,
    ReportUnitOfWorkFactory,
    RunOutcome,
)
from domain.services.report import Report, build_report
from domain.services.workspaces import current
from domain.workspace import Workspace

ERROR_LENGTH = 500


@dataclass(frozen=True)
class RunPolicy:
    """How long a claim is held without renewal, and how failed attempts are spaced."""

    # A live poster renews its lease; this is how long a dead one blocks the run.
    lease: timedelta = timedelta(minutes=2)
    # Attempts before a run is given up and logged as failed; with the doubling pause
    # below they span about an hour of Slack trouble.
    max_attempts: int = 6
    # Also the time Slack is given to show an accepted post in the channel's history
    # before an attempt after an unknown outcome looks there.
    first_retry_pause: timedelta = timedelta(minutes=1)

    def retry_at(self, now: datetime, attempt: int) -> datetime:
        """When the attempt after `attempt` may start: the pause doubles per attempt."""
        return now + self.first_retry_pause * (1 << max(0, attempt - 1))


DEFAULT_POLICY = RunPolicy()


@dataclass(frozen=True)
class RunPlan:
    """What a claimed run should do: the settings it runs under and the report to post."""

    workspace: Workspace
    scheduled_for: datetime
    report: Report

    @property
    def skip_reason(self) -> RunOutcome | None:
        """Why nothing is posted, or None when the report goes to the channel."""
        if not self.workspace.report_channel:
            return RunOutcome.NO_CHANNEL
        if not self.report.has_findings and not self.workspace.report_all_clear:
            return RunOutcome.NOTHING_TO_REPORT
        return None


def new_token() -> str:
    """A claim token nobody else holds."""
    return uuid.uuid4().hex


def settings(
    factory: ReportUnitOfWorkFactory, workspace_id: str
) -> tuple[Workspace, ReportRun | None]:
    """The workspace's settings and its latest claimed run, read together."""
    with factory(workspace_id, write=False) as uow:
        return current(uow), uow.report_runs.latest()


def claim(
    factory: ReportUnitOfWorkFactory,
    workspace_id: str,
    scheduled_for: datetime,
    *,
    runner: str,
    now: datetime,
    policy: RunPolicy = DEFAULT_POLICY,
) -> Claim | None:
    """Claim the run for `scheduled_for`; a Claim only for the one caller that created it."""
    token = new_token()
    with factory(workspace_id) as uow:
        won = uow.report_runs.claim(
            scheduled_for, by=runner, token=token, at=now, lease_until=now + policy.lease
        )
        uow.commit()
    return Claim(workspace_id, scheduled_for, token, attempt=1) if won else None


def take_over_stalled(
    factory: ReportUnitOfWorkFactory,
    workspace_id: str,
    *,
    runner: str,
    now: datetime,
    policy: RunPolicy = DEFAULT_POLICY,
) -> Claim | None:
    """Take the latest run if it is pending and its lease expired (a failed or dead attempt)."""
    token = new_token()
    with factory(workspace_id) as uow:
        latest = uow.report_runs.latest()
        if latest is None or not latest.pending or latest.lease_until > now:
            return None
        if latest.attempts >= policy.max_attempts:
            uow.report_runs.finish(
                latest.scheduled_for,
                token=latest.claim_token,
                outcome=RunOutcome.FAILED,
                at=now,
                error=latest.last_error,
            )
            uow.commit()
            return None
        taken = uow.report_runs.take_over(
            latest.scheduled_for, by=runner, token=token, at=now, lease_until=now + policy.lease
        )
        uow.commit()
    if not taken:
        return None
    return Claim(
        workspace_id,
        latest.scheduled_for,
        token,
        attempt=latest.attempts + 1,
        maybe_posted_since=latest.post_started_at,
    )


def renew(
    factory: ReportUnitOfWorkFactory,
    held: Claim,
    *,
    now: datetime,
    policy: RunPolicy = DEFAULT_POLICY,
) -> bool:
    """Extend the lease of a run this process holds; False if it was lost meanwhile."""
    with factory(held.workspace_id) as uow:
        kept = uow.report_runs.renew(
            held.scheduled_for, token=held.token, lease_until=now + policy.lease
        )
        uow.commit()
    return kept


def mark_posting(factory: ReportUnitOfWorkFactory, held: Claim, *, now: datetime) -> bool:
    """Note, before posting, that a post may happen; False if the claim was lost meanwhile."""
    with factory(held.workspace_id) as uow:
        kept = uow.report_runs.mark_posting(held.scheduled_for, token=held.token, at=now)
        uow.commit()
    return kept


def plan(factory: ReportUnitOfWorkFactory, workspace_id: str, scheduled_for: datetime) -> RunPlan:
    """Current settings and a freshly built report for a run this process holds."""
    with factory(workspace_id, write=False) as uow:
        return RunPlan(
            workspace=current(uow), scheduled_for=scheduled_for, report=build_report(uow)
        )


def finish(
    factory: ReportUnitOfWorkFactory,
    held: Claim,
    outcome: RunOutcome,
    *,
    now: datetime,
    channel: str | None = None,
    message_ts: str | None = None,
    report: Report | None = None,
) -> bool:
    """Record how a held run ended (with what a posted `report` found); False if it was lost."""
    findings = None if report is None else (len(report.inactive), len(report.unassigned))
    with factory(held.workspace_id) as uow:
        stored = uow.report_runs.finish(
            held.scheduled_for,
            token=held.token,
            outcome=outcome,
            at=now,
            channel=channel,
            message_ts=message_ts,
            findings=findings,
        )
        uow.commit()
    return stored


def latest_posted(uow: ReportUnitOfWork) -> ReportRun | None:
    """The latest report that was posted to the channel, for the App Home."""
    return uow.report_runs.latest_posted()


def release(
    factory: ReportUnitOfWorkFactory,
    held: Claim,
    *,
    error: str,
    retry_at: datetime,
    nothing_sent: bool,
) -> bool:
    """Give a held run back until `retry_at` after a failed attempt; False if it was lost.

    `nothing_sent` means this attempt proved that nothing reached the channel; a posting
    note left by an earlier attempt is kept all the same.
    """
    with factory(held.workspace_id) as uow:
        released = uow.report_runs.release(
            held.scheduled_for,
            token=held.token,
            error=error[:ERROR_LENGTH],
            retry_at=retry_at,
            nothing_sent=nothing_sent and held.maybe_posted_since is None,
        )
        uow.commit()
    return released
