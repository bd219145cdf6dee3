"""A claim is its owner's: renewed while it posts, handed back before a long Retry-After."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from domain.clock import utc_now
from domain.report_runs import RunOutcome
from domain.services import report_runs
from domain.services.report_runs import RunPolicy
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Clock, Command, at
from tests.integration.report.replicas import (
    MAX_RETRY_AFTER,
    POLICY,
    latest_run,
    race,
    reports_for,
    schedulers,
    slack_poster,
)
from tests.support.slack_standin import Canned, SlackStandIn

DUE = at(15, 8, 0)
RETRY_AFTER = 60  # seconds: far beyond the 2-second lease


def test_a_rate_limit_longer_than_the_lease_hands_the_claim_back_and_posts_once_later(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(DUE)
    limited = Canned(
        status=429,
        body={"ok": False, "error": "ratelimited"},
        headers={"Retry-After": str(RETRY_AFTER)},
    )
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", limited)
        with schedulers(database_url, clock, [slack_poster(slack), slack_poster(slack)]) as runners:
            started = time.monotonic()
            assert race(runners) == [None, RunOutcome.FAILED]
            assert time.monotonic() - started < MAX_RETRY_AFTER, "slept while holding the claim"
            run = latest_run(uow_factory)
            assert run is not None
            assert run.lease_until == DUE + timedelta(seconds=RETRY_AFTER)
            assert run.post_started_at is None, "a 429 proves nothing was posted"

            clock.now += POLICY.lease * 2  # the old lease is long over, the Retry-After is not
            assert race(runners) == [None, None]

            clock.now = DUE + timedelta(seconds=RETRY_AFTER)
            assert race(runners) == [None, RunOutcome.POSTED]
            assert race(runners) == [None, None]

    assert len(reports_for(slack, DUE)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 2
    assert slack.calls_to("conversations.history") == [], "nothing was sent: nothing to look up"


def test_a_short_rate_limit_is_waited_out_by_the_client_and_posts_once(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    limited = Canned(
        status=429, body={"ok": False, "error": "ratelimited"}, headers={"Retry-After": "0"}
    )
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", limited, limited)
        with schedulers(database_url, Clock(DUE), [slack_poster(slack)]) as (runner,):
            assert runner.run_due(WORKSPACE) is RunOutcome.POSTED

    assert len(reports_for(slack, DUE)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 3


def test_only_the_owner_of_a_claim_renews_releases_or_finishes_it(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    first = report_runs.claim(uow_factory, WORKSPACE, DUE, runner="a", now=DUE, policy=POLICY)
    assert first is not None
    assert report_runs.mark_posting(uow_factory, first, now=DUE)
    later = DUE + POLICY.lease
    second = report_runs.take_over_stalled(
        uow_factory, WORKSPACE, runner="b", now=later, policy=POLICY
    )
    assert second is not None
    assert second.maybe_posted_since == DUE, "the new owner must look in the history first"

    assert not report_runs.renew(uow_factory, first, now=later, policy=POLICY)
    assert not report_runs.release(
        uow_factory, first, error="late", retry_at=later, nothing_sent=True
    )
    assert not report_runs.finish(uow_factory, first, RunOutcome.POSTED, now=later, message_ts="1")
    assert report_runs.finish(uow_factory, second, RunOutcome.POSTED, now=later, message_ts="2")
    assert not report_runs.finish(uow_factory, second, RunOutcome.FAILED, now=later)

    run = latest_run(uow_factory)
    assert run is not None
    assert (run.claimed_by, run.outcome, run.message_ts) == ("b", RunOutcome.POSTED, "2")


def test_a_claim_is_renewed_while_its_post_is_in_flight_so_nobody_takes_it_over(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    # Real time here: the post takes three leases, the other scheduler keeps trying.
    policy = RunPolicy(lease=timedelta(seconds=0.4), first_retry_pause=timedelta(seconds=1))
    slow = policy.lease.total_seconds() * 3
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", Canned(delay=slow))
        posters = [slack_poster(slack, timeout=slow * 4), slack_poster(slack)]
        with schedulers(database_url, utc_now, list(posters), policy=policy) as (owner, other):
            outcome: list[RunOutcome | None] = []
            posting = threading.Thread(target=lambda: outcome.append(owner.run_due(WORKSPACE)))
            posting.start()
            slack.wait_for_posts(1)  # the owner holds the claim; its answer is slow to come
            others: list[RunOutcome | None] = []
            while posting.is_alive():
                others.append(other.run_due(WORKSPACE))
                time.sleep(0.05)
            posting.join()

    assert outcome == [RunOutcome.POSTED]
    assert len(others) > 3
    assert set(others) == {None}, "the other scheduler took the claim over"
    assert slack.calls_to("conversations.history") == []
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.claimed_by, run.attempts, run.outcome) == (owner.runner_id, 1, RunOutcome.POSTED)
