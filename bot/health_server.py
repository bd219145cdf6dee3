"""`GET /healthz` on its own small HTTP server, for Socket Mode (which has no HTTP port)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.ids import HEALTH_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *_: object) -> None:  # probes every few seconds would flood the log
        return


@dataclass
class HealthServer:
    """A running health server; `stop()` ends it."""

    server: WSGIServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def health_app(
    check: Callable[[], bool],
) -> Callable[[WSGIEnvironment, StartResponse], Iterable[bytes]]:
    """A WSGI app answering only /healthz: 200 while `check()` holds, else 503."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != HEALTH_PATH:
            status, body = "404 Not Found", b"not found\n"
        elif check():
            status, body = "200 OK", b"ok\n"
        else:
            status, body = "503 Service Unavailable", b"report scheduler not running\n"
        headers = [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
        ]
        start_response(status, headers)
        return [body]

    return app


def start_health_server(host: str, port: int, check: Callable[[], bool]) -> HealthServer:
    """Serve /healthz on host:port from a daemon thread."""
    server = make_server(host, port, health_app(check), handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.5,), name="healthz", daemon=True)
    thread.start()
    return HealthServer(server, thread)
