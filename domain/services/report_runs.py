"""Claiming, retrying and finishing scheduled report runs (the exactly-once protocol of SPEC §4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.report_runs import ReportRun, ReportUnitOfWork, ReportUnitOfWorkFactory, RunOutcome
from domain.services.report import Report, build_report
from domain.services.workspaces import current
from domain.workspace import Workspace

# Longer than the slowest post with every retry, so a live poster never loses its lease.
LEASE = timedelta(minutes=10)
# Attempts (each with its own retries) before a run is given up and logged as failed;
# with the doubling pause below they span about an hour of Slack trouble.
MAX_ATTEMPTS = 6
FIRST_RETRY_PAUSE = timedelta(minutes=1)


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
) -> bool:
    """Claim the run for `scheduled_for`; True only for the one caller that created the claim."""
    with factory(workspace_id) as uow:
        won = uow.report_runs.claim(scheduled_for, by=runner, at=now, lease_until=now + LEASE)
        uow.commit()
    return won


def take_over_stalled(
    factory: ReportUnitOfWorkFactory, workspace_id: str, *, runner: str, now: datetime
) -> ReportRun | None:
    """Take the latest run if its post never succeeded and its lease expired; the run as it was."""
    with factory(workspace_id) as uow:
        latest = uow.report_runs.latest()
        if latest is None or not latest.pending or latest.lease_until > now:
            return None
        if latest.attempts >= MAX_ATTEMPTS:
            uow.report_runs.finish(
                latest.scheduled_for, outcome=RunOutcome.FAILED, at=now, error=latest.last_error
            )
            uow.commit()
            return None
        taken = uow.report_runs.take_over(
            latest.scheduled_for, by=runner, at=now, lease_until=now + LEASE
        )
        uow.commit()
    return latest if taken else None


def plan(factory: ReportUnitOfWorkFactory, workspace_id: str, scheduled_for: datetime) -> RunPlan:
    """Current settings and a freshly built report for a run this process holds."""
    with factory(workspace_id, write=False) as uow:
        return RunPlan(
            workspace=current(uow), scheduled_for=scheduled_for, report=build_report(uow)
        )


def finish(
    factory: ReportUnitOfWorkFactory,
    workspace_id: str,
    scheduled_for: datetime,
    outcome: RunOutcome,
    *,
    now: datetime,
    channel: str | None = None,
    message_ts: str | None = None,
    report: Report | None = None,
) -> None:
    """Record how a run ended (with what the posted `report` found); it is never posted again."""
    findings = None if report is None else (len(report.inactive), len(report.unassigned))
    with factory(workspace_id) as uow:
        uow.report_runs.finish(
            scheduled_for,
            outcome=outcome,
            at=now,
            channel=channel,
            message_ts=message_ts,
            findings=findings,
        )
        uow.commit()


def latest_posted(uow: ReportUnitOfWork) -> ReportRun | None:
    """The latest report that was posted to the channel, for the App Home."""
    return uow.report_runs.latest_posted()


def release(
    factory: ReportUnitOfWorkFactory,
    workspace_id: str,
    scheduled_for: datetime,
    *,
    error: str,
    attempts: int,
    now: datetime,
) -> datetime:
    """Record a failed post and give the run back after a pause that doubles per attempt."""
    retry_at = now + FIRST_RETRY_PAUSE * (1 << max(0, attempts - 1))
    with factory(workspace_id) as uow:
        uow.report_runs.release(scheduled_for, error=error[:500], retry_at=retry_at)
        uow.commit()
    return retry_at
