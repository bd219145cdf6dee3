"""One workspace's scheduled report: find the due time, claim it, post once, record the outcome."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime

from bot.scheduler.cron import latest_fire_time, trigger_for
from domain.clock import utc_now
from domain.report_runs import ReportUnitOfWorkFactory, RunOutcome
from domain.services import report_runs
from slackkit.message import Message
from slackkit.posting import PostFailed
from slackkit.report import report_message

logger = logging.getLogger(__name__)

Poster = Callable[[str, Message], str]
"""Posts a message to a channel and returns its ts, or raises PostFailed."""


def runner_identity() -> str:
    """Who holds a claim: host, process and a random part, so restarts are told apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class ReportRunner:
    """Runs the due report of a workspace; safe to call from any number of threads and processes."""

    def __init__(
        self,
        factory: ReportUnitOfWorkFactory,
        post: Poster,
        *,
        runner_id: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.factory = factory
        self.post = post
        self.runner_id = runner_id or runner_identity()
        self.clock = clock

    def run_due(self, workspace_id: str) -> RunOutcome | None:
        """Post the report for the latest scheduled time not yet claimed, or retry a stalled post.

        The same call serves the cron job, the start-up make-up and the periodic sync:
        only the latest scheduled time since the last claim counts, so an outage
        across several scheduled times is made up by exactly one post.
        """
        now = self.clock()
        workspace, latest = report_runs.settings(self.factory, workspace_id)
        after = latest.scheduled_for if latest else (workspace.created_at or now)
        due = latest_fire_time(trigger_for(workspace), after=after, now=now)
        if due is not None and report_runs.claim(
            self.factory, workspace_id, due, runner=self.runner_id, now=now
        ):
            return self._run(workspace_id, due, attempt=1)
        stalled = report_runs.take_over_stalled(
            self.factory, workspace_id, runner=self.runner_id, now=now
        )
        if stalled is not None:
            return self._run(workspace_id, stalled.scheduled_for, attempt=stalled.attempts + 1)
        return None

    def _run(self, workspace_id: str, scheduled_for: datetime, *, attempt: int) -> RunOutcome:
        plan = report_runs.plan(self.factory, workspace_id, scheduled_for)
        channel = plan.workspace.report_channel
        if plan.skip_reason is not None or channel is None:
            outcome = plan.skip_reason or RunOutcome.NO_CHANNEL
            log = logger.warning if outcome is RunOutcome.NO_CHANNEL else logger.info
            log("report %s for %s not posted: %s", scheduled_for, workspace_id, outcome.value)
            report_runs.finish(self.factory, workspace_id, scheduled_for, outcome, now=self.clock())
            return outcome
        try:
            ts = self.post(channel, report_message(plan.report, plan.workspace.language))
        except Exception as error:
            # Whatever went wrong, the claim must not be lost: give it back for a later retry.
            retry_at = report_runs.release(
                self.factory,
                workspace_id,
                scheduled_for,
                error=str(error) or type(error).__name__,
                attempts=attempt,
                now=self.clock(),
            )
            retryable = isinstance(error, PostFailed) and error.retryable
            (logger.warning if retryable else logger.error)(
                "report %s for %s not posted to %s (attempt %d): %s; retrying after %s",
                scheduled_for,
                workspace_id,
                channel,
                attempt,
                error,
                retry_at,
                exc_info=not isinstance(error, PostFailed),
            )
            return RunOutcome.FAILED
        report_runs.finish(
            self.factory,
            workspace_id,
            scheduled_for,
            RunOutcome.POSTED,
            now=self.clock(),
            channel=channel,
            message_ts=ts,
            report=plan.report,
        )
        logger.info("report %s for %s posted to %s", scheduled_for, workspace_id, channel)
        return RunOutcome.POSTED
