"""A small local stand-in for the Slack Web API (and response_url), recording every call.

Point the app at it with SLACK_API_URL=standin.api_url. Each call is answered from a
per-method script (queued responses, used first) or a default `{"ok": true}` body.

Like Slack, it keeps the channels' messages: a successful `chat.postMessage` (or a
scripted answer with `accept=True`, which performs the post and then answers with an
error, or answers too late for the client) adds one, and `conversations.history`
answers from them, newest first, with metadata when `include_all_metadata` is set.

For many workspaces it also plays Slack's OAuth side: `oauth_app` sets the app's
credentials, `grant_code` the code Slack hands the browser after consent; then
`oauth.v2.access` exchanges codes and refresh tokens (Basic auth, single-use codes and
refresh tokens, `invalid_code`/`invalid_refresh_token`), and `auth.test` answers for each
token it issued (or was given with `add_token`). Every call records the token it carried.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


@dataclass(frozen=True)
class Call:
    """One request the app made: API method (or 'response_url'), its parameters, when."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float

    @property
    def token(self) -> str | None:
        """The token the call carried (Bearer header or `token` parameter)."""
        header = self.headers.get("Authorization") or self.headers.get("authorization") or ""
        if header.startswith("Bearer "):
            return header.removeprefix("Bearer ")
        token = self.params.get("token")
        return str(token) if token else None


@dataclass(frozen=True)
class Team:
    """Who a token speaks for."""

    team_id: str | None
    enterprise_id: str | None = None
    is_enterprise_install: bool = False
    bot_user_id: str = "UBOT"
    bot_id: str = "BBOT"


@dataclass(frozen=True)
class Canned:
    """A scripted answer: HTTP status, JSON body and headers.

    `accept=True` performs a chat.postMessage as Slack would before answering this way
    (a 500 after the post was stored); `delay` seconds pass before the answer is sent;
    `drop=True` closes the connection without any answer (a dropped connection).
    """

    status: int = 200
    body: dict[str, Any] = field(default_factory=lambda: {"ok": True})
    headers: dict[str, str] = field(default_factory=dict)
    accept: bool = False
    delay: float = 0.0
    drop: bool = False


DROPPED = Canned(drop=True)


def rate_limited(retry_after: float) -> Canned:
    """HTTP 429 with Retry-After, as Slack answers a method called too often."""
    return Canned(
        status=429,
        body={"ok": False, "error": "ratelimited"},
        headers={"Retry-After": str(int(retry_after))},
    )


@dataclass(frozen=True)
class Stored:
    """A message Slack accepted into a channel."""

    channel: str
    ts: str
    text: str
    blocks: Any
    metadata: dict[str, Any] | None

    def as_history_item(self, *, with_metadata: bool) -> dict[str, Any]:
        item: dict[str, Any] = {
            "type": "message",
            "ts": self.ts,
            "text": self.text,
            "user": "UBOT",
            "bot_id": "BBOT",
        }
        if self.blocks:
            item["blocks"] = self.blocks
        if with_metadata and self.metadata is not None:
            item["metadata"] = self.metadata
        return item


ACCEPT_THEN_500 = Canned(status=500, body={"ok": False, "error": "internal_error"}, accept=True)
ACCEPT_THEN_503 = Canned(
    status=503, body={"ok": False, "error": "service_unavailable"}, accept=True
)
_TRUE = {"1", "true", "True", True}


DEFAULT_BODIES: dict[str, dict[str, Any]] = {
    "auth.test": {"ok": True, "user_id": "UBOT", "team_id": "T1", "bot_id": "BBOT"},
    "chat.postMessage": {"ok": True, "channel": "C1", "ts": "1700000000.000100"},
    "chat.postEphemeral": {"ok": True, "message_ts": "1700000000.000200"},
    "views.open": {"ok": True, "view": {"id": "V1"}},
    "views.update": {"ok": True, "view": {"id": "V1"}},
    "views.push": {"ok": True, "view": {"id": "V2"}},
    "views.publish": {"ok": True, "view": {"id": "VHOME"}},
    "users.info": {"ok": True, "user": {"id": "U0", "is_admin": False, "is_owner": False}},
    "usergroups.users.list": {"ok": True, "users": []},
}


REFRESHED_SECONDS = 43_200


class SlackStandIn:
    """Run with `with SlackStandIn() as slack:`; inspect `slack.calls` afterwards."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.messages: list[Stored] = []
        self._last_ts = 0.0
        self._scripts: dict[str, list[Canned]] = {}
        self._defaults: dict[str, dict[str, Any]] = {k: dict(v) for k, v in DEFAULT_BODIES.items()}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._delays: dict[str, float] = {}
        self._always: dict[str, Canned] = {}
        self._tokens: dict[str, Team] = {}
        self._codes: dict[str, tuple[Team, int | None]] = {}
        self._refresh: dict[str, tuple[Team, int | None]] = {}
        self._client: tuple[str, str] | None = None
        self._serial = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, key: str = "1") -> str:
        """A response_url for slash command and interactivity payloads."""
        return f"{self.base_url}/response/{key}"

    def __enter__(self) -> SlackStandIn:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._closing.set()  # cuts short every delayed answer
        self._server.shutdown()
        self._server.server_close()

    def script(self, method: str, *answers: Canned) -> None:
        """Answer the next calls of `method` with these, in order, then fall back to the default."""
        with self._lock:
            self._scripts.setdefault(method, []).extend(answers)

    def show_ack_answer(self, body: dict[str, Any]) -> None:
        """Record a slash command's ack body as the answer the caller sees (see SlackSender.shows)."""
        self._answer("response_url", body, {"X-Mmbot-Delivered-In": "ack"})

    def always(self, method: str, answer: Canned | None) -> None:
        """Answer every call of `method` this way until told otherwise (None: as before)."""
        with self._lock:
            if answer is None:
                self._always.pop(method, None)
            else:
                self._always[method] = answer

    def set_default(self, method: str, body: dict[str, Any]) -> None:
        with self._lock:
            self._defaults[method] = body

    def slow(self, method: str, seconds: float) -> None:
        """Answer every call of `method` only after `seconds` (to widen a race on purpose)."""
        with self._lock:
            self._delays[method] = seconds

    def oauth_app(self, client_id: str, client_secret: str) -> None:
        """The app's credentials, which oauth.v2.access requires as HTTP Basic auth."""
        with self._lock:
            self._client = (client_id, client_secret)

    def grant_code(self, code: str, team: Team, *, expires_in: int | None = None) -> None:
        """The code Slack gives after consent; `expires_in` turns token rotation on (refreshed
        tokens then live REFRESHED_SECONDS, like Slack's)."""
        with self._lock:
            self._codes[code] = (team, expires_in)

    def add_token(self, token: str, team: Team) -> None:
        """A token auth.test knows (as if installed earlier)."""
        with self._lock:
            self._tokens[token] = team

    def tokens_of(self, team_id: str | None) -> set[str]:
        """Every bot token issued for `team_id`."""
        with self._lock:
            return {token for token, team in self._tokens.items() if team.team_id == team_id}

    def calls_with(self, token: str, method: str | None = None) -> list[Call]:
        """The calls that carried `token` (of `method`, if given)."""
        with self._lock:
            return [
                call
                for call in self.calls
                if call.token == token and (method is None or call.method == method)
            ]

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until `method` was called `count` times (listeners run after the ack)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(
            f"expected {count} call(s) to {method}, got {len(self.calls_to(method))}: {self.methods()}"
        )

    def accept_then_time_out(self, delay: float) -> Canned:
        """An answer to the next post that stores it, then answers only after `delay` seconds."""
        return Canned(accept=True, delay=delay)

    def posts(self, channel: str | None = None) -> list[Stored]:
        """Messages accepted into `channel` (or any channel), oldest first."""
        with self._lock:
            return [m for m in self.messages if channel is None or m.channel == channel]

    def wait_for_posts(self, count: int, timeout: float = 5.0) -> list[Stored]:
        """Wait until `count` messages were accepted (whatever the poster was answered)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(found := self.posts()) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"expected {count} accepted post(s), got {len(self.posts())}")

    def methods(self) -> list[str]:
        with self._lock:
            return [call.method for call in self.calls]

    def _answer(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> Canned:
        with self._lock:
            call = Call(method, params, headers, time.monotonic())
            self.calls.append(call)
            queued = self._scripts.get(method)
            scripted = queued.pop(0) if queued else self._always.get(method)
            if method == "chat.postMessage":
                scripted = self._post(params, scripted)
            if scripted is not None:
                return scripted
            if method == "conversations.history":
                return Canned(body=self._history(params))
            if method == "oauth.v2.access":
                return Canned(body=self._oauth_access(call))
            if method == "auth.test" and self._tokens:
                return Canned(body=self._auth_test(call))
            return Canned(body=self._defaults.get(method, {"ok": True}))

    def _post(self, params: dict[str, Any], scripted: Canned | None) -> Canned:
        answer = scripted or Canned(body=self._defaults["chat.postMessage"])
        succeeds = answer.status == 200 and bool(answer.body.get("ok"))
        if not (succeeds or answer.accept):
            return answer  # refused: nothing is posted
        stored = self._store(params)
        if not succeeds:
            return answer  # posted, but the poster hears of a failure (or of nothing in time)
        body = {**answer.body, "channel": stored.channel, "ts": stored.ts}
        return Canned(status=200, body=body, headers=answer.headers, delay=answer.delay)

    def _store(self, params: dict[str, Any]) -> Stored:
        # Unique, increasing timestamps, as Slack's are within a channel.
        self._last_ts = max(time.time(), self._last_ts + 0.000001)
        metadata = params.get("metadata")
        stored = Stored(
            channel=str(params.get("channel")),
            ts=f"{self._last_ts:.6f}",
            text=str(params.get("text") or ""),
            blocks=params.get("blocks"),
            metadata=metadata if isinstance(metadata, dict) else None,
        )
        self.messages.append(stored)
        return stored

    def _history(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = str(params.get("channel"))
        oldest = float(params.get("oldest") or 0)
        limit = int(params.get("limit") or 100)
        start = int(params.get("cursor") or 0)
        newest_first = [
            m for m in reversed(self.messages) if m.channel == channel and float(m.ts) > oldest
        ]
        page = newest_first[start : start + limit]
        more = start + limit < len(newest_first)
        with_metadata = params.get("include_all_metadata") in _TRUE
        return {
            "ok": True,
            "messages": [m.as_history_item(with_metadata=with_metadata) for m in page],
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def _auth_test(self, call: Call) -> dict[str, Any]:
        team = self._tokens.get(call.token or "")
        if team is None:
            return {"ok": False, "error": "invalid_auth"}
        return {
            "ok": True,
            "team_id": team.team_id,
            "enterprise_id": team.enterprise_id,
            "is_enterprise_install": team.is_enterprise_install,
            "user_id": team.bot_user_id,
            "bot_id": team.bot_id,
        }

    def _oauth_access(self, call: Call) -> dict[str, Any]:
        expected = self._client
        header = call.headers.get("Authorization") or ""
        given = base64.b64decode(header.removeprefix("Basic ")).decode() if header else ""
        if expected is None or given != f"{expected[0]}:{expected[1]}":
            return {"ok": False, "error": "invalid_client_id"}
        if call.params.get("grant_type") == "refresh_token":
            grant = self._refresh.pop(str(call.params.get("refresh_token")), None)
            if grant is None:
                return {"ok": False, "error": "invalid_refresh_token"}
            return self._issue(grant[0], REFRESHED_SECONDS)
        grant = self._codes.pop(str(call.params.get("code")), None)
        if grant is None:
            return {"ok": False, "error": "invalid_code"}
        team, expires_in = grant
        body = self._issue(team, expires_in)
        body.update(
            app_id="A1",
            authed_user={"id": "UINSTALLER"},
            scope=str(call.params.get("scope") or ""),
            bot_user_id=team.bot_user_id,
            team={"id": team.team_id, "name": f"Team {team.team_id}"} if team.team_id else None,
            enterprise={"id": team.enterprise_id, "name": "Org"} if team.enterprise_id else None,
            is_enterprise_install=team.is_enterprise_install,
        )
        return body

    def _issue(self, team: Team, expires_in: int | None) -> dict[str, Any]:
        serial = next(self._serial)
        prefix = "xoxe.xoxb" if expires_in else "xoxb"
        token = f"{prefix}-{team.team_id or team.enterprise_id}-{serial}"
        self._tokens[token] = team
        body: dict[str, Any] = {"ok": True, "token_type": "bot", "access_token": token}
        if expires_in:
            refresh = f"xoxe-1-{team.team_id or team.enterprise_id}-{serial}"
            self._refresh[refresh] = (team, expires_in)
            body.update(refresh_token=refresh, expires_in=expires_in)
        return body

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:  # keep test output quiet
                return

            def do_GET(self) -> None:
                self._serve(parse_qs(urlparse(self.path).query))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if "json" in (self.headers.get("Content-Type") or ""):
                    self._serve(json.loads(raw or "{}"))
                else:
                    self._serve(parse_qs(raw))

            def _serve(self, params: dict[str, Any]) -> None:
                flat = {
                    k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in params.items()
                }
                for key in ("blocks", "view", "attachments", "metadata"):
                    if isinstance(flat.get(key), str):
                        with contextlib.suppress(ValueError):
                            flat[key] = json.loads(flat[key])
                path = urlparse(self.path).path
                method = (
                    "response_url" if path.startswith("/response/") else path.rsplit("/", 1)[-1]
                )
                answer = standin._answer(method, flat, dict(self.headers.items()))
                if answer.delay:
                    # Past the client's timeout: it gives up first.
                    standin._closing.wait(answer.delay)
                if standin._delays.get(method):
                    standin._closing.wait(standin._delays[method])
                if answer.drop:
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                payload = json.dumps(answer.body).encode()
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # A client that gave up waiting (a timeout test) never hears, as with Slack.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(payload)

        return Handler


def iter_block_texts(blocks: list[dict[str, Any]]) -> Iterator[str]:
    """Every text string inside Block Kit blocks, for assertions on what a user sees."""
    for block in blocks:
        yield from _texts(block)


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)
