"""APScheduler inside `mmbot serve`: one cron job per workspace, and a sync that follows settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import BotConfig
from bot.scheduler.cron import trigger_for
from bot.scheduler.runner import ReportRunner
from bot.scheduler.timing import SchedulerTiming
from bot.scheduler.tokens import InstalledOnly, TokenReportPoster
from domain.clock import utc_now
from domain.errors import CommitOutcomeUnknown, StoreBusy, StoreUnreachable
from domain.report_runs import ReportUnitOfWorkFactory, SchedulerHeartbeats
from domain.services.report_runs import DEFAULT_POLICY
from domain.services.workspaces import current
from slackkit.tokens import TokenSource

logger = logging.getLogger(__name__)

SYNC_SECONDS = SchedulerTiming().sync_seconds
SYNC_JOB_ID = "report-sync"
HEARTBEAT_JOB_ID = "scheduler-heartbeat"
JOB_PREFIX = "report:"
# The store's own failures: expected now and then, said in one line, and tried again at the
# next sync (a claim whose COMMIT was not confirmed is taken over when its lease ends).
STORE_FAILURES = (StoreBusy, StoreUnreachable, CommitOutcomeUnknown)
# A job that starts late still runs; a later sync would catch it up anyway.
MISFIRE_GRACE_SECONDS = 3600


def job_id(workspace_id: str) -> str:
    """The APScheduler job id of a workspace's report."""
    return JOB_PREFIX + workspace_id


class ScheduleSync:
    """Keeps one cron job per workspace in step with its stored settings, and catches up runs."""

    def __init__(
        self, scheduler: BackgroundScheduler, factory: ReportUnitOfWorkFactory, runner: ReportRunner
    ) -> None:
        self.scheduler = scheduler
        self.factory = factory
        self.runner = runner
        self._schedules: dict[str, tuple[str, str]] = {}

    def run(self) -> None:
        """Reschedule workspaces whose schedule or zone changed, then run any due or stalled report."""
        seen = set()
        try:
            workspace_ids = self.factory.workspace_ids()
        except STORE_FAILURES as error:
            logger.warning("report sync skipped: %s", error)
            return
        for workspace_id in workspace_ids:
            seen.add(workspace_id)
            try:
                self._follow(workspace_id)
                self.runner.run_due(workspace_id)
            except STORE_FAILURES as error:
                logger.warning(
                    "report sync for workspace %s did not finish: %s", workspace_id, error
                )
            except Exception:
                # One workspace's bad settings or failure must not stop the others.
                logger.exception("report sync failed for workspace %s", workspace_id)
        for workspace_id in set(self._schedules) - seen:
            self._drop(workspace_id)

    def _follow(self, workspace_id: str) -> None:
        with self.factory(workspace_id, write=False) as uow:
            workspace = current(uow)
        wanted = (workspace.report_schedule, workspace.timezone)
        if self._schedules.get(workspace_id) == wanted:
            return
        try:
            trigger = trigger_for(workspace)
        except ValueError:
            self._drop(workspace_id)
            self._schedules[workspace_id] = wanted  # log a bad schedule once, not every sync
            raise
        self.scheduler.add_job(
            self.runner.run_due,
            trigger,
            args=[workspace_id],
            id=job_id(workspace_id),
            name=f"report for {workspace_id}",
            replace_existing=True,
        )
        self._schedules[workspace_id] = wanted
        logger.info("report for %s scheduled: %s (%s)", workspace_id, *wanted)

    def _drop(self, workspace_id: str) -> None:
        self._schedules.pop(workspace_id, None)
        if self.scheduler.get_job(job_id(workspace_id)) is not None:
            self.scheduler.remove_job(job_id(workspace_id))


@dataclass(frozen=True)
class SchedulerHandle:
    """The running scheduler and its sync job."""

    scheduler: BackgroundScheduler
    sync: ScheduleSync

    def stop(self) -> None:
        """Stop scheduling; a post in progress finishes or leaves its claim for a later retry."""
        self.sync.runner.stop.set()
        self.scheduler.shutdown(wait=False)


class Heartbeat:
    """The job that stores, every few seconds, that this instance's scheduler is alive."""

    def __init__(self, heartbeats: SchedulerHeartbeats, instance: str, runner: str) -> None:
        self.heartbeats = heartbeats
        self.instance = instance
        self.runner = runner

    def beat(self) -> None:
        """Store one heartbeat; a busy database only delays it (/healthz tolerates two minutes)."""
        try:
            self.heartbeats.beat(self.instance, at=utc_now(), runner=self.runner)
        except Exception:
            logger.warning("could not store the scheduler heartbeat", exc_info=True)


def add_heartbeat(handle: SchedulerHandle, heartbeat: Heartbeat, seconds: float) -> None:
    """Beat at once on start, then every `seconds`."""
    handle.scheduler.add_job(
        heartbeat.beat,
        IntervalTrigger(seconds=seconds),
        id=HEARTBEAT_JOB_ID,
        name="scheduler heartbeat",
        next_run_time=utc_now(),
        misfire_grace_time=None,
    )


def build_scheduler(
    factory: ReportUnitOfWorkFactory, runner: ReportRunner, *, sync_seconds: float = SYNC_SECONDS
) -> SchedulerHandle:
    """A scheduler (not started) whose sync job runs at once on start, then every `sync_seconds`."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
    )
    sync = ScheduleSync(scheduler, factory, runner)
    scheduler.add_job(
        sync.run,
        IntervalTrigger(seconds=sync_seconds),
        id=SYNC_JOB_ID,
        name="report settings sync",
        next_run_time=utc_now(),
    )
    return SchedulerHandle(scheduler=scheduler, sync=sync)


def start_scheduler(
    config: BotConfig,
    factory: ReportUnitOfWorkFactory,
    tokens: TokenSource | None,
    *,
    heartbeats: SchedulerHeartbeats | None = None,
    instance: str | None = None,
    timing: SchedulerTiming | None = None,
) -> SchedulerHandle:
    """Start the report scheduler for every workspace that has a token; returns the handle.

    Each report is posted with its workspace's token from `tokens`. With `heartbeats` and
    `instance`, it also stores heartbeats for that instance's /healthz.
    """
    # A Retry-After longer than half the lease is not slept holding the claim: handed back.
    lease_half = (DEFAULT_POLICY.lease / 2).total_seconds()
    poster = TokenReportPoster(tokens, config.slack_api_url, max_retry_after=lease_half)
    timing = timing or SchedulerTiming()
    runner = ReportRunner(factory, poster)
    handle = build_scheduler(
        InstalledOnly(factory, tokens), runner, sync_seconds=timing.sync_seconds
    )
    if heartbeats is not None and instance is not None:
        heartbeat = Heartbeat(heartbeats, instance, runner.runner_id)
        add_heartbeat(handle, heartbeat, timing.heartbeat_seconds)
    handle.scheduler.start()
    logger.info("report scheduler started; settings are re-read every %ss", timing.sync_seconds)
    return handle
