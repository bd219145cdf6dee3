"""A post Slack accepted but did not confirm is found in the history, never posted twice."""

from __future__ import annotations

import pytest

from domain.report_runs import RunOutcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import CHANNEL, Clock, Command, at
from tests.integration.report.replicas import (
    CLIENT_TIMEOUT,
    POLICY,
    latest_run,
    race,
    reports_for,
    schedulers,
    slack_poster,
)
from tests.support.slack_standin import ACCEPT_THEN_500, ACCEPT_THEN_503, Canned, SlackStandIn

DUE = at(15, 8, 0)


def unknown_outcome_then_recovery(
    database_url: str, slack: SlackStandIn, clock: Clock, uow_factory: SqlUnitOfWorkFactory
) -> None:
    """Both schedulers race, the winner hears of no success, both race again after the pause."""
    posters = [slack_poster(slack), slack_poster(slack)]
    with schedulers(database_url, clock, list(posters)) as runners:
        assert race(runners) == [None, RunOutcome.FAILED]
        assert len(slack.posts()) == 1, "Slack has the post, the poster does not know it"
        assert race(runners) == [None, None], "retried before the pause was over"

        clock.now += POLICY.first_retry_pause
        assert race(runners) == [None, RunOutcome.POSTED]
        assert race(runners) == [None, None]


@pytest.mark.parametrize("answer", [ACCEPT_THEN_500, ACCEPT_THEN_503], ids=["500", "503"])
def test_a_post_answered_with_a_server_error_after_slack_stored_it_is_recorded_not_repeated(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command, answer: Canned
) -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", answer)
        unknown_outcome_then_recovery(database_url, slack, Clock(DUE), uow_factory)

    (report,) = reports_for(slack, DUE)
    assert len(slack.calls_to("chat.postMessage")) == 1, "the client retried a 5xx post"
    history = slack.calls_to("conversations.history")
    assert len(history) == 1
    assert history[0].params["channel"] == CHANNEL
    assert history[0].params["include_all_metadata"] in {"1", "true"}
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.outcome, run.message_ts, run.attempts) == (RunOutcome.POSTED, report.ts, 2)


def test_a_post_answered_after_the_client_timed_out_is_recorded_not_repeated(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", slack.accept_then_time_out(delay=CLIENT_TIMEOUT * 3))
        unknown_outcome_then_recovery(database_url, slack, Clock(DUE), uow_factory)

    (report,) = reports_for(slack, DUE)
    assert len(slack.calls_to("chat.postMessage")) == 1, "the client retried a timed-out post"
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.outcome, run.message_ts) == (RunOutcome.POSTED, report.ts)
    assert run.last_error is not None
    assert "network" in run.last_error


def test_every_report_carries_metadata_naming_its_workspace_time_and_run(
    database_url: str, workspace: Command
) -> None:
    with (
        SlackStandIn() as slack,
        schedulers(database_url, Clock(DUE), [slack_poster(slack)]) as (runner,),
    ):
        assert runner.run_due("T1") is RunOutcome.POSTED

    (post,) = slack.posts(CHANNEL)
    assert post.metadata == {
        "event_type": "mmbot_report",
        "event_payload": {
            "workspace": "T1",
            "scheduled_for": "2025-01-15T08:00:00+00:00",
            "run_id": "T1/2025-01-15T08:00Z",
        },
    }
    assert slack.calls_to("conversations.history") == [], "a first attempt needs no look-up"


def test_a_post_that_the_history_does_not_show_is_posted_by_the_next_attempt(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(DUE)
    with SlackStandIn() as slack:
        # A 500 that really did not post: the look-up finds nothing, so the post is made.
        slack.script("chat.postMessage", Canned(status=500, body={"ok": False, "error": "x"}))
        with schedulers(database_url, clock, [slack_poster(slack), slack_poster(slack)]) as runners:
            assert race(runners) == [None, RunOutcome.FAILED]
            clock.now += POLICY.first_retry_pause
            assert race(runners) == [None, RunOutcome.POSTED]

    assert len(reports_for(slack, DUE)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 2
    assert len(slack.calls_to("conversations.history")) == 1


def test_a_history_that_cannot_be_read_delays_the_run_instead_of_risking_a_second_post(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(DUE)
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", ACCEPT_THEN_500)
        slack.script(
            "conversations.history", Canned(status=200, body={"ok": False, "error": "fatal_error"})
        )
        with schedulers(database_url, clock, [slack_poster(slack), slack_poster(slack)]) as runners:
            assert race(runners) == [None, RunOutcome.FAILED]
            clock.now += POLICY.first_retry_pause
            assert race(runners) == [None, RunOutcome.FAILED]
            clock.now += POLICY.first_retry_pause * 2
            assert race(runners) == [None, RunOutcome.POSTED]

    assert len(reports_for(slack, DUE)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.calls_to("conversations.history")) == 2
