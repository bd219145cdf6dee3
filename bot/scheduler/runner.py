"""One workspace's scheduled report: find the due time, claim it, post at most once, record it.

A second attempt at a run (after an outcome Slack left unknown, or after taking over a
claim whose owner died) first looks for the run's post in the channel's history and
records the post it finds instead of posting again.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.scheduler.cron import latest_fire_time, trigger_for
from bot.scheduler.lease import LeaseKeeper
from domain.clock import utc_now
from domain.report_runs import Claim, PostMark, ReportUnitOfWorkFactory, RunOutcome
from domain.services import report_runs
from domain.services.report_runs import DEFAULT_POLICY, RunPlan, RunPolicy
from slackkit.posting import HistoryUnavailable, PostFailed, ReportPoster
from slackkit.report import report_message

logger = logging.getLogger(__name__)

# Recording a post is retried until it is stored (or the claim was taken over).
RECORD_FIRST_PAUSE_SECONDS = 0.1
RECORD_MAX_PAUSE_SECONDS = 5.0


def runner_identity() -> str:
    """Who holds a claim: host, process and a random part, so restarts are told apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class ReportRunner:
    """Runs the due report of a workspace; safe to call from any number of threads and processes."""

    def __init__(
        self,
        factory: ReportUnitOfWorkFactory,
        poster: ReportPoster,
        *,
        runner_id: str | None = None,
        clock: Callable[[], datetime] = utc_now,
        policy: RunPolicy = DEFAULT_POLICY,
        stop: threading.Event | None = None,
    ) -> None:
        self.factory = factory
        self.poster = poster
        self.runner_id = runner_id or runner_identity()
        self.clock = clock
        self.policy = policy
        self.stop = stop or threading.Event()

    def run_due(self, workspace_id: str) -> RunOutcome | None:
        """Post the report for the latest scheduled time not yet claimed, or retry a stalled one.

        The same call serves the cron job, the start-up make-up and the periodic sync:
        only the latest scheduled time since the last claim counts, so an outage
        across several scheduled times is made up by exactly one post.
        """
        now = self.clock()
        workspace, latest = report_runs.settings(self.factory, workspace_id)
        after = latest.scheduled_for if latest else (workspace.created_at or now)
        due = latest_fire_time(trigger_for(workspace), after=after, now=now)
        held = None
        if due is not None:
            held = report_runs.claim(
                self.factory, workspace_id, due, runner=self.runner_id, now=now, policy=self.policy
            )
        if held is None:
            held = report_runs.take_over_stalled(
                self.factory, workspace_id, runner=self.runner_id, now=now, policy=self.policy
            )
        return None if held is None else self._run(held)

    def _run(self, held: Claim) -> RunOutcome | None:
        plan = report_runs.plan(self.factory, held.workspace_id, held.scheduled_for)
        channel = plan.workspace.report_channel
        if plan.skip_reason is not None or channel is None:
            outcome = plan.skip_reason or RunOutcome.NO_CHANNEL
            log = logger.warning if outcome is RunOutcome.NO_CHANNEL else logger.info
            log("report %s not posted: %s", held.run_id, outcome.value)
            report_runs.finish(self.factory, held, outcome, now=self.clock())
            return outcome
        with LeaseKeeper(self.factory, held, policy=self.policy, clock=self.clock) as lease:
            return self._post(held, plan, channel, lease)

    def _post(
        self, held: Claim, plan: RunPlan, channel: str, lease: LeaseKeeper
    ) -> RunOutcome | None:
        mark = PostMark.of(held)
        if held.maybe_posted_since is not None:
            try:
                found = self.poster.find(channel, mark, since=held.maybe_posted_since)
            except HistoryUnavailable as error:
                self._give_back(held, str(error), maybe_sent=True, retry_after=None)
                return RunOutcome.FAILED
            if found is not None:
                logger.warning(
                    "report %s was already in %s (attempt %d); recorded, not posted again",
                    held.run_id,
                    channel,
                    held.attempt,
                )
                self._record(held, plan, channel, found)
                return RunOutcome.POSTED
        if (
            not report_runs.mark_posting(self.factory, held, now=self.clock())
            or lease.lost.is_set()
        ):
            return None
        try:
            ts = self.poster.post(
                channel, report_message(plan.report, plan.workspace.language), mark
            )
        except PostFailed as error:
            self._give_back(
                held, str(error), maybe_sent=error.maybe_sent, retry_after=error.retry_after
            )
            return RunOutcome.FAILED
        except Exception as error:
            logger.exception("report %s: unexpected failure while posting", held.run_id)
            self._give_back(
                held, str(error) or type(error).__name__, maybe_sent=True, retry_after=None
            )
            return RunOutcome.FAILED
        self._record(held, plan, channel, ts)
        logger.info("report %s posted to %s", held.run_id, channel)
        return RunOutcome.POSTED

    def _give_back(
        self, held: Claim, error: str, *, maybe_sent: bool, retry_after: float | None
    ) -> None:
        """Release the claim until the next attempt may start; a long Retry-After sets that time."""
        now = self.clock()
        retry_at = (
            now + timedelta(seconds=retry_after)
            if retry_after is not None
            else self.policy.retry_at(now, held.attempt)
        )
        logger.warning(
            "report %s not posted (attempt %d, %s): %s; next attempt after %s",
            held.run_id,
            held.attempt,
            "outcome unknown" if maybe_sent else "nothing sent",
            error,
            retry_at,
        )
        try:
            report_runs.release(
                self.factory, held, error=error, retry_at=retry_at, nothing_sent=not maybe_sent
            )
        except Exception:
            # The lease runs out by itself; whoever takes the run over looks in the history.
            logger.exception("report %s: could not release the claim", held.run_id)

    def _record(self, held: Claim, plan: RunPlan, channel: str, ts: str) -> None:
        """Store the post, retrying until it is stored: a post that is not recorded is posted again."""
        pause = RECORD_FIRST_PAUSE_SECONDS
        while True:
            try:
                stored = report_runs.finish(
                    self.factory,
                    held,
                    RunOutcome.POSTED,
                    now=self.clock(),
                    channel=channel,
                    message_ts=ts,
                    report=plan.report,
                )
            except Exception as error:
                logger.warning(
                    "report %s posted as %s but not yet recorded (%s); retrying in %.1f s",
                    held.run_id,
                    ts,
                    error,
                    pause,
                )
            else:
                if not stored:
                    logger.warning(
                        "report %s posted as %s, but its claim was taken over; "
                        "the new owner finds the post in the channel's history",
                        held.run_id,
                        ts,
                    )
                return
            if self.stop.wait(pause):
                return  # shutting down: whoever takes the run over finds the post
            pause = min(pause * 2, RECORD_MAX_PAUSE_SECONDS)
