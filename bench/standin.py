"""A minimal local Slack Web API for the HTTP benchmark: every method answers ok, and each
answer the app sends to a response_url is counted with the time it arrived."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RESPONSE_PREFIX = "/response/"
_OK = b'{"ok": true, "user_id": "UBOT", "team_id": "TBENCH", "bot_id": "BBOT"}'


class BenchStandIn:
    """`with BenchStandIn() as slack:`; `slack.answered` maps a response key to its arrival time."""

    def __init__(self) -> None:
        self.answered: dict[str, float] = {}
        self._arrived = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def response_url(self, key: str) -> str:
        """Where the app sends its answer to the request tagged `key`."""
        return f"{self.base_url}{RESPONSE_PREFIX}{key}"

    def __enter__(self) -> BenchStandIn:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def wait(self, key: str, timeout: float) -> bool:
        """Wait until the answer tagged `key` has arrived; False when `timeout` ran out first."""
        with self._arrived:
            return self._arrived.wait_for(lambda: key in self.answered, timeout)

    def _record(self, path: str) -> None:
        if path.startswith(RESPONSE_PREFIX):
            with self._arrived:
                self.answered[path[len(RESPONSE_PREFIX) :]] = time.perf_counter()
                self._arrived.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Slack's API does

            def log_message(self, *_: Any) -> None:
                return

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                standin._record(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(_OK)))
                self.end_headers()
                self.wfile.write(_OK)

        return Handler
