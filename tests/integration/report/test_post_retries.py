"""A post Slack refused is retried later, never lost; one that may have gone out is not repeated."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.report_runs import RunOutcome
from slackkit.client import make_web_client
from slackkit.message import Message
from slackkit.posting import PostFailed, post_message
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.faults.conftest import closed_loopback_port
from tests.integration.report.conftest import CHANNEL, WORKSPACE, Clock, Command, at
from tests.integration.report.replicas import latest_run, schedulers, slack_poster
from tests.support.slack_standin import ACCEPT_THEN_500, Canned, SlackStandIn

NOT_IN_CHANNEL = Canned(status=200, body={"ok": False, "error": "not_in_channel"})
HELLO = Message(text="hi", blocks=[])


def test_a_server_error_on_a_post_reaches_the_caller_as_maybe_sent_after_one_call() -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", ACCEPT_THEN_500)
        client = make_web_client("xoxb-test", slack.api_url)
        with pytest.raises(PostFailed) as failed:
            post_message(client, CHANNEL, HELLO)

    assert failed.value.maybe_sent
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.posts()) == 1


def test_a_post_to_a_server_that_refuses_the_connection_is_known_not_to_be_sent() -> None:
    url = f"http://127.0.0.1:{closed_loopback_port()}/api/"
    client = make_web_client("xoxb-test", url, retries=1)
    with pytest.raises(PostFailed) as failed:
        post_message(client, CHANNEL, HELLO)

    assert not failed.value.maybe_sent


def test_a_post_that_keeps_failing_is_kept_and_posted_once_by_a_later_run(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(at(15, 8, 0))
    with SlackStandIn() as slack:
        # The bot was not invited yet: no immediate retry can help, a later one can.
        slack.script("chat.postMessage", NOT_IN_CHANNEL)
        with schedulers(database_url, clock, [slack_poster(slack), slack_poster(slack)]) as (
            first,
            other,
        ):
            assert first.run_due(WORKSPACE) is RunOutcome.FAILED
            assert first.run_due(WORKSPACE) is None, "retried before its pause was over"

            clock.now += timedelta(seconds=1)
            assert other.run_due(WORKSPACE) is RunOutcome.POSTED
            assert other.run_due(WORKSPACE) is None

    assert len(slack.calls_to("chat.postMessage")) == 2
    assert slack.calls_to("conversations.history") == [], "a refusal proves nothing was sent"
    run = latest_run(uow_factory)
    assert run is not None
    assert (run.outcome, run.attempts, run.scheduled_for) == (RunOutcome.POSTED, 2, at(15, 8, 0))
    assert run.last_error is not None
    assert "not_in_channel" in run.last_error


def test_a_run_that_fails_every_attempt_is_given_up_and_marked_failed(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(at(15, 8, 0))
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", *[NOT_IN_CHANNEL] * 6)
        with schedulers(database_url, clock, [slack_poster(slack)]) as (runner,):
            for _ in range(6):
                assert runner.run_due(WORKSPACE) is RunOutcome.FAILED
                clock.now += timedelta(minutes=1)
            assert runner.run_due(WORKSPACE) is None

    assert len(slack.calls_to("chat.postMessage")) == 6
    run = latest_run(uow_factory)
    assert run is not None
    assert run.outcome is RunOutcome.FAILED
