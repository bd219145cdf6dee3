"""Bodies over 1 MiB are refused with 413 before they are read, declared or chunked."""

from __future__ import annotations

import http.client
import io
import logging
import time
from typing import Any
from urllib.parse import urlencode, urlparse

import pytest
from slack_bolt import App

from bot.request_checks import BODY_LIMIT
from bot.wsgi import SlackWsgiApp
from tests.integration.bot.conftest import RunningApp, state_of
from tests.support.signing import SIGNING_SECRET, signature_headers, slash_command_body


def _connection(app: RunningApp) -> http.client.HTTPConnection:
    url = urlparse(app.slack.base_url)
    return http.client.HTTPConnection(url.hostname or "", url.port, timeout=5)


def test_a_declared_64_mib_body_is_answered_413_before_it_is_sent(
    running_app: RunningApp,
) -> None:
    connection = _connection(running_app)
    connection.putrequest("POST", "/slack/events")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", str(64 * 1024 * 1024))
    connection.endheaders(b"payload=")  # the rest never comes: reading it would hang

    started = time.monotonic()
    response = connection.getresponse()

    assert response.status == 413
    assert time.monotonic() - started < 3
    connection.close()


def test_a_signed_body_one_byte_over_the_limit_is_refused_and_runs_nothing(
    running_app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    body = slash_command_body("create Sales type=blended chat=2")
    body += "&" + urlencode({"padding": "x" * (BODY_LIMIT - len(body) - len("&padding="))})
    assert len(body) == BODY_LIMIT

    accepted = running_app.slack.post(body)
    refused = running_app.slack.post(body + "x")

    assert accepted.status != 413
    assert refused.status == 413
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    time.sleep(0.2)
    assert str(state_of(running_app.factory)["profiles"]).count("'Sales'") == 1
    assert len(running_app.standin.calls_to("response_url")) <= 1


class EndlessBody(io.RawIOBase):
    """A chunked request body that never ends, counting what was read of it."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert size >= 0, "an unbounded read of an endless body"
        self.read_bytes += size
        return b"x" * size


def test_a_chunked_body_is_read_only_one_byte_past_the_limit() -> None:
    bolt = App(signing_secret=SIGNING_SECRET, token="xoxb-test", token_verification_enabled=False)
    body = EndlessBody()
    signed = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in signature_headers("").items()}
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_TRANSFER_ENCODING": "chunked",
        "wsgi.input": body,
        **signed,
    }
    statuses: list[str] = []

    def start_response(status: str, _headers: object, _exc_info: object = None) -> None:
        statuses.append(status)

    SlackWsgiApp(bolt)(environ, start_response)  # type: ignore[arg-type]

    assert statuses == ["413 Content Too Large"]
    assert body.read_bytes == BODY_LIMIT + 1
