"""The WSGI application: Slack's requests at /slack/events, a health check at /healthz."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest

from bot.ids import EVENTS_PATH, HEALTH_PATH
from bot.request_checks import Refusal, bad_request, read_body, text_refusal, transport_refusal

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


class SlackWsgiApp:
    """Routes /healthz itself and hands everything else to Bolt's WSGI adapter.

    A request to /slack/events is checked first (`bot.request_checks`): a body over 1 MiB is
    refused with 413 unread, anything that is not a UTF-8 POST of Slack's content types with 400.

    With a `health` check (the report scheduler's heartbeat), /healthz answers 503 while
    the check fails, so a load balancer or orchestrator sees a replica that cannot report.
    """

    def __init__(self, app: App, health: Callable[[], bool] | None = None) -> None:
        self.bolt = app
        self.health = health
        self._slack = _ReadableOnly(app, path=EVENTS_PATH)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            if self.health is None or self.health():
                status, body = "200 OK", b"ok\n"
            else:
                status, body = "503 Service Unavailable", b"report scheduler not running\n"
            return _send(start_response, status, body)
        if path == EVENTS_PATH:
            refusal = _checked_body(environ)
            if refusal is not None:
                # gunicorn drains at most 64 KiB of an unread body, then closes the connection.
                answer = bad_request(refusal.reason, status=refusal.status)
                return _send(start_response, refusal.status_line, str(answer.body).encode())
        return self._slack(environ, start_response)


def _checked_body(environ: WSGIEnvironment) -> Refusal | None:
    """Read the body within its limit and put it back for Bolt; or why the request is refused."""
    refusal = transport_refusal(environ)
    if refusal is not None:
        return refusal
    data = read_body(environ)
    if isinstance(data, Refusal):
        return data
    environ["wsgi.input"] = io.BytesIO(data)
    environ["CONTENT_LENGTH"] = str(len(data))
    return text_refusal(data)


class _ReadableOnly(SlackRequestHandler):
    """Bolt's adapter, answering 400 for a body Bolt cannot even turn into a request.

    Bolt parses the body and reads its ids before verifying the signature; a payload that is
    not JSON, or JSON that is not an object, would otherwise fail there with a 500.
    """

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        try:
            bolt_request = BoltRequest(
                body=request.get_body(),
                query=request.query_string,
                headers=request.get_headers(),
            )
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
            return bad_request(f"Bolt cannot read the body ({type(error).__name__})")
        if not isinstance(bolt_request.body, dict):
            return bad_request("body is not an object")
        return self.app.dispatch(bolt_request)


def _send(start_response: StartResponse, status: str, body: bytes) -> Iterable[bytes]:
    start_response(
        status,
        [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]
