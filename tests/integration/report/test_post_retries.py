"""A post that Slack refuses for a while is retried, never lost, and never doubled."""

from __future__ import annotations

from datetime import timedelta

from bot.scheduler.runner import ReportRunner
from domain.report_runs import RunOutcome
from slackkit.client import make_web_client
from slackkit.message import Message
from slackkit.posting import post_message
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import CHANNEL, WORKSPACE, Clock, Command, at
from tests.support.slack_standin import Canned, SlackStandIn

SERVER_ERROR = Canned(status=500, body={"ok": False, "error": "internal_error"})
RATE_LIMITED = Canned(
    status=429, body={"ok": False, "error": "ratelimited"}, headers={"Retry-After": "1"}
)

NOT_IN_CHANNEL = Canned(status=200, body={"ok": False, "error": "not_in_channel"})


def slack_poster(slack: SlackStandIn, pauses: list[float]):
    client = make_web_client("xoxb-test", slack.api_url)

    def post(channel: str, message: Message) -> str:
        return post_message(client, channel, message, sleep=pauses.append)

    return post


def test_a_server_error_then_a_rate_limit_then_ok_gives_exactly_one_post(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", SERVER_ERROR, RATE_LIMITED)
        runner = ReportRunner(uow_factory, slack_poster(slack, []), clock=Clock(at(15, 8, 0)))

        assert runner.run_due(WORKSPACE) is RunOutcome.POSTED

    attempts = slack.calls_to("chat.postMessage")
    assert [call.params["channel"] for call in attempts] == [CHANNEL] * 3
    assert attempts[2].at - attempts[1].at >= 1.0, "Retry-After was not honoured"
    with uow_factory(WORKSPACE, write=False) as uow:
        run = uow.report_runs.latest()
    assert run is not None
    assert run.outcome is RunOutcome.POSTED
    assert run.message_ts == "1700000000.000100"


def test_a_post_the_client_gave_up_on_is_retried_with_backoff() -> None:
    pauses: list[float] = []
    with SlackStandIn() as slack:
        # The client itself retries a 500 twice; the third one reaches post_message.
        slack.script("chat.postMessage", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR)
        ts = slack_poster(slack, pauses)(CHANNEL, Message(text="hi", blocks=[]))

    assert ts == "1700000000.000100"
    assert len(slack.calls_to("chat.postMessage")) == 4
    assert pauses == [2.0]


def test_a_post_that_keeps_failing_is_kept_and_posted_once_by_a_later_run(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    clock = Clock(at(15, 8, 0))
    with SlackStandIn() as slack:
        # The bot was not invited yet: no immediate retry can help, a later one can.
        slack.script("chat.postMessage", NOT_IN_CHANNEL)
        pauses: list[float] = []
        runner = ReportRunner(uow_factory, slack_poster(slack, pauses), clock=clock)

        assert runner.run_due(WORKSPACE) is RunOutcome.FAILED
        assert pauses == []
        assert runner.run_due(WORKSPACE) is None, "retried before its pause was over"

        clock.now += timedelta(minutes=1)
        other = ReportRunner(uow_factory, slack_poster(slack, []), clock=clock)
        assert other.run_due(WORKSPACE) is RunOutcome.POSTED
        assert other.run_due(WORKSPACE) is None

    assert len(slack.calls_to("chat.postMessage")) == 2
    with uow_factory(WORKSPACE, write=False) as uow:
        run = uow.report_runs.latest()
    assert run is not None
    assert (run.outcome, run.attempts, run.scheduled_for) == (RunOutcome.POSTED, 2, at(15, 8, 0))
    assert run.last_error is not None
    assert "not_in_channel" in run.last_error
