"""A local Slack that answers every Web API call and response_url post only after a delay.

Each answer the app sends to a response_url is kept by its key as it arrives (Slack has it
then, whether or not the app waits for the reply), and chat.postMessage calls are counted.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

RESPONSE_PREFIX = "/response/"
_BODIES: dict[str, dict[str, Any]] = {
    "auth.test": {"ok": True, "user_id": "UBOT", "team_id": "T1", "bot_id": "BBOT"},
    "chat.postMessage": {"ok": True, "channel": "C1", "ts": "1700000000.000100"},
    # Every user is a workspace admin: where no administrators are configured, each one's
    # first command waits for this answer (bench/ack_under_load.py serving).
    "users.info": {"ok": True, "user": {"id": "U0", "locale": "en-US", "is_admin": True}},
    "views.open": {"ok": True, "view": {"id": "V1"}},
}


class SlowSlack:
    """`with SlowSlack(delay) as slack:`; `slack.answers` maps a response key to its text."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.answers: dict[str, str] = {}
        self.posts = 0
        self._lock = threading.Condition()
        self._closing = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))

    @property
    def api_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/api/"

    def response_url(self, key: str) -> str:
        """Where the app sends its answer to the request tagged `key`."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{RESPONSE_PREFIX}{key}"

    def __enter__(self) -> SlowSlack:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._closing.set()  # cuts every delayed answer short
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def wait_for_answers(self, keys: set[str], timeout: float) -> set[str]:
        """Wait until every key in `keys` was answered, or `timeout`; the keys still missing."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while (missing := keys - self.answers.keys()) and (
                left := deadline - time.monotonic()
            ) > 0:
                self._lock.wait(left)
            return missing

    def _arrived(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if path.startswith(RESPONSE_PREFIX):
                self.answers[path[len(RESPONSE_PREFIX) :]] = str(params.get("text") or "")
                self._lock.notify_all()
                return {"ok": True}
            method = path.rsplit("/", 1)[-1]
            if method == "chat.postMessage":
                self.posts += 1
            return _BODIES.get(method, {"ok": True})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        slack = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                return

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                body = json.dumps(slack._arrived(self.path, params)).encode()
                slack._closing.wait(slack.delay)
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the app gave up waiting (or was stopped): Slack has it anyway

        return Handler
