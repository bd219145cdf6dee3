"""A scheduler killed (SIGKILL) after Slack took its post and before it recorded it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.scheduler.runner import ReportRunner
from domain.clock import utc_now
from domain.report_runs import RunOutcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Command
from tests.integration.report.replicas import latest_run, reports_for, schedulers, slack_poster
from tests.support.slack_standin import SlackStandIn

ROOT = Path(__file__).resolve().parents[3]
CHILD_LEASE_SECONDS = 1.0
HELD_ANSWER_SECONDS = 60.0  # Slack "answers" long after the kill; the stand-in cuts it short
TAKE_OVER_TIMEOUT = 20.0


def start_child(database_url: str, slack: SlackStandIn) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_API_URL": slack.api_url,
        "MMBOT_CHILD_LEASE": str(CHILD_LEASE_SECONDS),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.report.scheduler_child"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def keep_running(runner: ReportRunner, stop: threading.Event, outcomes: list[object]) -> None:
    """The other scheduler: its sync runs the workspace's report every 0.1 s."""
    while not stop.wait(0.1):
        try:
            outcomes.append(runner.run_due(WORKSPACE))
        except Exception as error:  # a busy database is logged and retried by the real sync
            outcomes.append(error)


@pytest.mark.slow
def test_a_scheduler_killed_between_post_and_record_leaves_one_post_which_the_other_records(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", slack.accept_then_time_out(HELD_ANSWER_SECONDS))
        child = start_child(database_url, slack)
        try:
            (post,) = slack.wait_for_posts(1, timeout=TAKE_OVER_TIMEOUT)
            with schedulers(database_url, utc_now, [slack_poster(slack)]) as (other,):
                stop, outcomes = threading.Event(), list[object]()
                running = threading.Thread(target=keep_running, args=(other, stop, outcomes))
                running.start()
                time.sleep(CHILD_LEASE_SECONDS * 2)  # the child renews its lease meanwhile
                assert set(outcomes) == {None}, "taken over while its owner was alive"
                os.kill(child.pid, signal.SIGKILL)
                deadline = time.monotonic() + TAKE_OVER_TIMEOUT
                while RunOutcome.POSTED not in outcomes and time.monotonic() < deadline:
                    time.sleep(0.05)
                stop.set()
                running.join()
        finally:
            if child.poll() is None:
                child.kill()
            _out, err = child.communicate()

    assert child.returncode == -signal.SIGKILL, err
    assert RunOutcome.POSTED in outcomes, err
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.outcome, run.message_ts, run.attempts) == (RunOutcome.POSTED, post.ts, 2)
    assert run.claimed_by == other.runner_id
    assert len(reports_for(slack, run.scheduled_for)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.calls_to("conversations.history")) == 1
