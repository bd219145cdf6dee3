"""The Web API client retries rate limits, server errors and lost connections."""

from __future__ import annotations

import time

import pytest
from slack_sdk.errors import SlackApiError

from slackkit.client import make_web_client
from tests.support.slack_standin import Canned, SlackStandIn


def test_a_post_survives_a_server_error_and_a_rate_limit_and_is_sent_once() -> None:
    with SlackStandIn() as slack:
        slack.script(
            "chat.postMessage",
            Canned(status=500, body={"ok": False, "error": "internal_error"}),
            Canned(
                status=429, body={"ok": False, "error": "ratelimited"}, headers={"Retry-After": "1"}
            ),
        )
        client = make_web_client("xoxb-test", slack.api_url)
        started = time.monotonic()
        response = client.chat_postMessage(channel="C1", text="hello")
        elapsed = time.monotonic() - started

    assert response["ok"] is True
    attempts = slack.calls_to("chat.postMessage")
    assert len(attempts) == 3
    assert attempts[2].at - attempts[1].at >= 1.0, "Retry-After was not honoured"
    assert elapsed >= 1.0


def test_an_error_that_is_not_retryable_reaches_the_caller() -> None:
    with SlackStandIn() as slack:
        slack.script(
            "chat.postMessage", Canned(status=200, body={"ok": False, "error": "channel_not_found"})
        )
        client = make_web_client("xoxb-test", slack.api_url)
        with pytest.raises(SlackApiError, match="channel_not_found"):
            client.chat_postMessage(channel="C404", text="hello")
        assert len(slack.calls_to("chat.postMessage")) == 1
