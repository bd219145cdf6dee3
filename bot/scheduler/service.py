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
from domain.clock import utc_now
from domain.report_runs import ReportUnitOfWorkFactory
from domain.services.workspaces import current
from slackkit.client import make_web_client
from slackkit.message import Message
from slackkit.posting import post_message

logger = logging.getLogger(__name__)

# Settings changed by any process (Slack, CLI, another replica) are picked up this fast.
SYNC_SECONDS = 30
SYNC_JOB_ID = "report-sync"
JOB_PREFIX = "report:"
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
        for workspace_id in self.factory.workspace_ids():
            seen.add(workspace_id)
            try:
                self._follow(workspace_id)
                self.runner.run_due(workspace_id)
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
    """The running scheduler; `sync_now` applies changed settings at once in this process."""

    scheduler: BackgroundScheduler
    sync: ScheduleSync

    def sync_now(self) -> None:
        """Run the sync job now instead of at its next interval."""
        self.scheduler.modify_job(SYNC_JOB_ID, next_run_time=utc_now())

    def stop(self) -> None:
        """Stop scheduling; a post in progress finishes or leaves its claim for a later retry."""
        self.scheduler.shutdown(wait=False)


def build_scheduler(factory: ReportUnitOfWorkFactory, runner: ReportRunner) -> SchedulerHandle:
    """A scheduler (not started) whose sync job runs at once on start, then every SYNC_SECONDS."""
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
        IntervalTrigger(seconds=SYNC_SECONDS),
        id=SYNC_JOB_ID,
        name="report settings sync",
        next_run_time=utc_now(),
    )
    return SchedulerHandle(scheduler=scheduler, sync=sync)


def start_scheduler(config: BotConfig, factory: ReportUnitOfWorkFactory) -> SchedulerHandle:
    """Start the report scheduler for every workspace in the store; returns the handle to stop it."""
    client = make_web_client(config.bot_token, config.slack_api_url)

    def post(channel: str, message: Message) -> str:
        return post_message(client, channel, message)

    handle = build_scheduler(factory, ReportRunner(factory, post))
    handle.scheduler.start()
    logger.info("report scheduler started; settings are re-read every %ss", SYNC_SECONDS)
    return handle
