"""The Web API client's one retry policy: repeat only what cannot be duplicated."""

from __future__ import annotations

import time

import pytest
from slack_sdk.errors import SlackApiError

from slackkit.client import make_web_client
from tests.support.slack_standin import ACCEPT_THEN_500, Canned, SlackStandIn

SERVER_ERROR = Canned(status=500, body={"ok": False, "error": "internal_error"})
RATE_LIMITED = Canned(
    status=429, body={"ok": False, "error": "ratelimited"}, headers={"Retry-After": "1"}
)


def test_a_rate_limited_post_waits_out_retry_after_and_is_sent_once() -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", RATE_LIMITED)
        client = make_web_client("xoxb-test", slack.api_url)
        started = time.monotonic()
        response = client.chat_postMessage(channel="C1", text="hello")
        elapsed = time.monotonic() - started

    assert response["ok"] is True
    attempts = slack.calls_to("chat.postMessage")
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 1.0, "Retry-After was not honoured"
    assert elapsed >= 1.0
    assert len(slack.posts()) == 1


def test_a_retry_after_beyond_the_callers_limit_is_returned_to_the_caller_at_once() -> None:
    with SlackStandIn() as slack:
        slack.script(
            "chat.postMessage",
            Canned(
                status=429,
                body={"ok": False, "error": "ratelimited"},
                headers={"Retry-After": "90"},
            ),
        )
        client = make_web_client("xoxb-test", slack.api_url, max_retry_after=5)
        started = time.monotonic()
        with pytest.raises(SlackApiError) as refused:
            client.chat_postMessage(channel="C1", text="hello")

    assert refused.value.response.status_code == 429
    assert time.monotonic() - started < 5
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_a_post_answered_with_a_server_error_is_not_repeated_by_the_client() -> None:
    with SlackStandIn() as slack:
        slack.script("chat.postMessage", ACCEPT_THEN_500)
        client = make_web_client("xoxb-test", slack.api_url)
        with pytest.raises(SlackApiError, match="internal_error"):
            client.chat_postMessage(channel="C1", text="hello")

    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.posts()) == 1, "Slack had it all the same: one copy, not three"


def test_a_read_answered_with_a_server_error_is_repeated() -> None:
    with SlackStandIn() as slack:
        slack.script("users.info", SERVER_ERROR)
        client = make_web_client("xoxb-test", slack.api_url)
        response = client.users_info(user="U1")

    assert response["ok"] is True
    assert len(slack.calls_to("users.info")) == 2


def test_an_error_that_is_not_retryable_reaches_the_caller() -> None:
    with SlackStandIn() as slack:
        slack.script(
            "chat.postMessage", Canned(status=200, body={"ok": False, "error": "channel_not_found"})
        )
        client = make_web_client("xoxb-test", slack.api_url)
        with pytest.raises(SlackApiError, match="channel_not_found"):
            client.chat_postMessage(channel="C404", text="hello")
        assert len(slack.calls_to("chat.postMessage")) == 1
    assert slack.posts() == []
