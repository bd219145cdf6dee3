"""The WSGI application: Slack's requests at /slack/events, a health check at /healthz."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.ids import EVENTS_PATH, HEALTH_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


class SlackWsgiApp:
    """Routes /healthz itself and hands everything else to Bolt's WSGI adapter.

    With a `health` check (the report scheduler's heartbeat), /healthz answers 503 while
    the check fails, so a load balancer or orchestrator sees a replica that cannot report.
    """

    def __init__(self, app: App, health: Callable[[], bool] | None = None) -> None:
        self.bolt = app
        self.health = health
        self._slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in (
            "GET",
            "HEAD",
        ):
            if self.health is None or self.health():
                status, body = "200 OK", b"ok\n"
            else:
                status, body = "503 Service Unavailable", b"report scheduler not running\n"
            start_response(
                status,
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                ],
            )
            return [body]
        return self._slack(environ, start_response)
