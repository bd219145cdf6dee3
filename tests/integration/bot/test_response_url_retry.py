"""A failed response_url post is tried once more, and its failure is one WARNING, no secrets."""

from __future__ import annotations

import logging
import socket
import time
from typing import Any

import pytest

from bot import inline_answer
from bot.listeners.commands import mmprofile
from bot.response_url import RetriedRespond
from domain.commands import grammar
from tests.integration.bot.conftest import RunningApp
from tests.support.slack_standin import Canned, SlackStandIn

FAILED = Canned(status=500, body={"ok": False, "error": "internal_error"})


@pytest.fixture
def answers_after_the_ack(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands too slow for the ack: their answer goes to the response_url."""
    real_parse = grammar.parse

    def slow_parse(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.3)
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(inline_answer, "INLINE_ANSWER_SECONDS", 0.05)
    monkeypatch.setattr(mmprofile, "parse", slow_parse)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def _no_error_and_no_secret(caplog: pytest.LogCaptureFixture, url: str) -> None:
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert [r for r in caplog.records if r.exc_info] == []
    assert not any(url in r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)


@pytest.mark.usefixtures("answers_after_the_ack")
def test_an_answer_slack_fails_with_500_is_posted_again_and_arrives(
    running_app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    running_app.standin.script("response_url", FAILED)

    with caplog.at_level(logging.INFO):
        assert running_app.slack.command("list all").status == 200
        posts = running_app.standin.wait_for("response_url", 2, timeout=10)
        time.sleep(0.1)

    assert posts[0].params == posts[1].params
    assert "Default_Telephony_Profile" in str(posts[1].params["text"])
    warnings = [w for w in _warnings(caplog) if "response_url" in w]
    assert len(warnings) == 1
    assert "HTTP 500" in warnings[0]
    assert "second try" in warnings[0]
    _no_error_and_no_secret(caplog, running_app.slack.response_url)


@pytest.mark.usefixtures("answers_after_the_ack")
def test_an_answer_that_fails_twice_is_one_warning_and_no_error(
    running_app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    running_app.standin.script("response_url", FAILED, Canned(status=503, body={"ok": False}))

    with caplog.at_level(logging.INFO):
        assert running_app.slack.command("list all").status == 200
        running_app.standin.wait_for("response_url", 2, timeout=10)
        time.sleep(0.3)

    assert len(running_app.standin.calls_to("response_url")) == 2
    warnings = [w for w in _warnings(caplog) if "response_url" in w]
    assert len(warnings) == 1
    assert "HTTP 500" in warnings[0]
    assert "HTTP 503" in warnings[0]
    assert "lost" in warnings[0]
    _no_error_and_no_secret(caplog, running_app.slack.response_url)


class _Url:
    def __init__(self, url: str) -> None:
        self.response_url = url


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_dropped_connection_is_tried_once_more_then_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/response/secret-part"

    with caplog.at_level(logging.INFO):
        delivered = RetriedRespond(_Url(url), pause=0)(text="hello", response_type="ephemeral")

    assert delivered is False
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "connection failed" in warnings[0]
    _no_error_and_no_secret(caplog, url)
    assert not any("secret-part" in r.getMessage() for r in caplog.records)


def test_an_expired_response_url_404_is_tried_once_more(caplog: pytest.LogCaptureFixture) -> None:
    with SlackStandIn() as standin:
        standin.script("response_url", Canned(status=404, body={"ok": False}))

        with caplog.at_level(logging.INFO):
            delivered = RetriedRespond(_Url(standin.response_url()), pause=0)(text="hi")

        assert delivered is True
        assert [c.params for c in standin.calls_to("response_url")] == [{"text": "hi"}] * 2
    assert len(_warnings(caplog)) == 1
    assert "HTTP 404" in _warnings(caplog)[0]


def test_a_message_slack_took_is_posted_once_and_logs_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with SlackStandIn() as standin, caplog.at_level(logging.INFO):
        assert RetriedRespond(_Url(standin.response_url()))(text="hi", blocks=None) is True
        assert len(standin.calls_to("response_url")) == 1
    assert _warnings(caplog) == []
