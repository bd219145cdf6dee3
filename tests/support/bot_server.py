"""The real WSGI app on a local port, and a client that sends what Slack sends, signed."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.app import create_app
from bot.background import Background
from bot.config import BotConfig
from bot.store import AppStore
from bot.wsgi import SlackWsgiApp
from tests.support.signing import (
    SIGNING_SECRET,
    interactivity_body,
    signature_headers,
    slash_command_body,
)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *_: Any) -> None:  # keep test output readable
        return


@contextmanager
def serving(app: SlackWsgiApp) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 in a thread; yields its base URL."""
    server = make_server(
        "127.0.0.1", 0, app, server_class=_ThreadingServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


# Work still running this long after a test is a test that waits for nothing.
DRAIN_SECONDS = 10.0


@contextmanager
def served_app(
    config: BotConfig, factory: AppStore, background: Background | None = None
) -> Iterator[str]:
    """`create_app` served on 127.0.0.1; at the end its pool finishes the work it took, so
    nothing a request started outlives the test's store (or writes to the next test's)."""
    background = background or Background()
    with serving(SlackWsgiApp(create_app(config, factory, background=background))) as url:
        try:
            yield url
        finally:
            background.drain(DRAIN_SECONDS)


@dataclass(frozen=True)
class Answer:
    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass(frozen=True)
class SlackSender:
    """Sends signed requests to the app the way Slack does."""

    base_url: str
    response_url: str
    team_id: str = "T1"
    # Slack shows a slash command's ack body to the caller like a response_url message;
    # this receives such bodies so tests read every answer from one place.
    shows: Callable[[dict[str, Any]], None] | None = None

    def post(
        self,
        body: str,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        secret: str = SIGNING_SECRET,
        timestamp: int | None = None,
        path: str = "/slack/events",
    ) -> Answer:
        headers = {
            "Content-Type": content_type,
            **signature_headers(body, secret=secret, timestamp=timestamp),
        }
        request = urllib.request.Request(self.base_url + path, data=body.encode(), headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Answer(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.read().decode())

    def command(self, text: str, *, user: str = "UADMIN", **signing: Any) -> Answer:
        body = slash_command_body(
            text, user_id=user, team_id=self.team_id, response_url=self.response_url
        )
        answer = self.post(body, **signing)
        shown = answer.json() if answer.status == 200 and answer.body.startswith("{") else None
        if (
            self.shows is not None
            and isinstance(shown, dict)
            and ("text" in shown or "blocks" in shown)
        ):
            self.shows(shown)
        return answer

    def interact(self, payload: dict[str, Any]) -> Answer:
        return self.post(interactivity_body(payload))

    def submit(
        self, view: dict[str, Any], values: dict[str, Any], *, user: str = "UADMIN"
    ) -> Answer:
        """A view_submission of `view` (as the app opened it) with these state values."""
        submitted = {**view, "id": "V1", "hash": "h1", "state": {"values": values}}
        return self.interact(
            {
                "type": "view_submission",
                "team": {"id": self.team_id},
                "user": _user(user, self.team_id),
                "view": submitted,
            }
        )

    def click(
        self,
        action_id: str,
        *,
        user: str = "UADMIN",
        view: dict[str, Any] | None = None,
        block_id: str = "b",
    ) -> Answer:
        payload: dict[str, Any] = {
            "type": "block_actions",
            "team": {"id": self.team_id},
            "user": _user(user, self.team_id),
            "trigger_id": "1337.42.click",
            "actions": [
                {"action_id": action_id, "block_id": block_id, "type": "button", "value": ""}
            ],
        }
        if view is not None:
            payload["view"] = {**view, "id": "V1", "hash": "h1"}
            payload["container"] = {"type": "view", "view_id": "V1"}
        return self.interact(payload)

    def suggest(self, action_id: str, block_id: str, text: str, view: dict[str, Any]) -> Answer:
        return self.interact(
            {
                "type": "block_suggestion",
                "team": {"id": self.team_id},
                "user": _user("UMEMBER", self.team_id),
                "action_id": action_id,
                "block_id": block_id,
                "value": text,
                "view": view,
            }
        )

    def event(self, event: dict[str, Any]) -> Answer:
        body = json.dumps(
            {
                "token": "deprecated",
                "team_id": self.team_id,
                "api_app_id": "A1",
                "type": "event_callback",
                "event_id": "Ev1",
                "event_time": 1700000000,
                "event": event,
            }
        )
        return self.post(body, content_type="application/json")


def _user(user_id: str, team_id: str) -> dict[str, str]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}
