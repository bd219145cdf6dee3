"""Two schedulers on one database, each with its own engine and Web API client."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from bot.scheduler.runner import ReportRunner
from domain.report_runs import Claim, ReportRun, RunOutcome
from domain.services.report_runs import RunPolicy
from slackkit.client import make_web_client
from slackkit.posting import ReportPoster, SlackReportPoster
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE
from tests.support.slack_standin import SlackStandIn, Stored

# Short, so that tests move the clock by seconds, not minutes.
POLICY = RunPolicy(
    lease=timedelta(seconds=2), max_attempts=6, first_retry_pause=timedelta(seconds=1)
)
CLIENT_TIMEOUT = 0.5
MAX_RETRY_AFTER = POLICY.lease.total_seconds() / 2

Outcome = RunOutcome | None | Exception


def slack_poster(slack: SlackStandIn, *, timeout: float = CLIENT_TIMEOUT) -> SlackReportPoster:
    """The production poster, on a client with a short timeout pointed at the stand-in."""
    client = make_web_client(
        "xoxb-test", slack.api_url, timeout=timeout, max_retry_after=MAX_RETRY_AFTER
    )
    return SlackReportPoster(client)


@contextmanager
def schedulers(
    database_url: str,
    clock: Callable[[], datetime],
    posters: list[ReportPoster],
    *,
    policy: RunPolicy = POLICY,
) -> Iterator[list[ReportRunner]]:
    """One runner per poster, each on an engine of its own, as separate processes would be."""
    engines = [make_engine(database_url) for _ in posters]
    try:
        yield [
            ReportRunner(
                SqlUnitOfWorkFactory(engine),
                poster,
                runner_id=f"replica-{number}",
                clock=clock,
                policy=policy,
            )
            for number, (engine, poster) in enumerate(zip(engines, posters, strict=True))
        ]
    finally:
        for engine in engines:
            engine.dispose()


def race(runners: list[ReportRunner]) -> list[Outcome]:
    """Start every runner's run_due at the same moment, each in its own thread; sorted outcomes."""
    barrier = threading.Barrier(len(runners))
    outcomes: list[Outcome] = []

    def one(runner: ReportRunner) -> None:
        barrier.wait()
        try:
            outcomes.append(runner.run_due(WORKSPACE))
        except Exception as error:  # a busy database, say: the sync logs it and runs again
            outcomes.append(error)

    threads = [threading.Thread(target=one, args=(runner,)) for runner in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes, key=str)


def latest_run(factory: SqlUnitOfWorkFactory) -> ReportRun | None:
    with factory(WORKSPACE, write=False) as uow:
        return uow.report_runs.latest()


def reports_for(slack: SlackStandIn, scheduled_for: datetime) -> list[Stored]:
    """Every report Slack accepted for the run of `scheduled_for`, by its metadata."""
    run_id = Claim(WORKSPACE, scheduled_for, token="", attempt=1).run_id
    return [
        post
        for post in slack.posts()
        if post.metadata
        and post.metadata.get("event_type") == "mmbot_report"
        and post.metadata["event_payload"]["run_id"] == run_id
    ]
