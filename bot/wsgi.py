"""The WSGI application: Slack's requests at /slack/events, a health check at /healthz."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.ids import EVENTS_PATH, HEALTH_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


class SlackWsgiApp:
    """Routes /healthz itself and hands everything else to Bolt's WSGI adapter."""

    def __init__(self, app: App) -> None:
        self.bolt = app
        self._slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in (
            "GET",
            "HEAD",
        ):
            start_response(
                "200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "3")]
            )
            return [b"ok\n"]
        return self._slack(environ, start_response)
