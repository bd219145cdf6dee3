"""The sandbox's one WSGI app: the page, its endpoints, the Web API stand-in and the real app."""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable, Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from sandbox import web_api
from sandbox.page_api import BadRequest, PageApi
from sandbox.state import SandboxState

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

BODY_MAX = 1_000_000
STATIC_FILES = frozenset(
    {"index.html", "sandbox.js", "blockkit.js", "dialogs.js", "mrkdwn.js", "sandbox.css"}
)
# The page runs only its own files: no inline script, nothing from elsewhere.
SECURITY_HEADERS = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
]


class SandboxWeb:
    """Routes by path: /, /static/*, /sandbox/*, /api/*, /response/*; the rest goes to the app."""

    def __init__(
        self,
        *,
        state: SandboxState,
        page: PageApi,
        slack_app: WSGIApplication,
        bot_token: str,
        allowed_hosts: Callable[[], frozenset[str]],
    ) -> None:
        self.state = state
        self.routes = page.routes()
        self.slack_app = slack_app
        self.bot_token = bot_token
        self.allowed_hosts = allowed_hosts

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        try:
            return self._route(environ, start_response)
        except BadRequest as error:
            return _json(start_response, "400 Bad Request", {"error": str(error)})

    def _route(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO") or "/")
        method = str(environ.get("REQUEST_METHOD") or "GET")
        # A page elsewhere that resolves its own name to 127.0.0.1 must not reach the sandbox.
        if str(environ.get("HTTP_HOST") or "") not in self.allowed_hosts():
            return _send(start_response, "421 Misdirected Request", b"wrong host\n", "text/plain")
        if path == "/" or path.startswith("/static/"):
            return self._static(path, start_response)
        if path.startswith("/sandbox/") and method == "POST":
            origin = environ.get("HTTP_ORIGIN")
            if origin and origin.removeprefix("http://") not in self.allowed_hosts():
                return _send(start_response, "403 Forbidden", b"wrong origin\n", "text/plain")
            return self._page(environ, path.removeprefix("/sandbox/"), start_response)
        if path.startswith("/api/"):
            return self._web_api(environ, path.removeprefix("/api/"), start_response)
        if path.startswith("/response/") and method == "POST":
            found = web_api.respond(
                self.state, path.removeprefix("/response/"), _json_body(environ)
            )
            if not found:
                return _send(start_response, "404 Not Found", b"expired_url\n", "text/plain")
            return _send(start_response, "200 OK", b"ok", "text/plain")
        return self.slack_app(environ, start_response)

    def _static(self, path: str, start_response: StartResponse) -> Iterable[bytes]:
        name = "index.html" if path == "/" else path.removeprefix("/static/")
        if name not in STATIC_FILES:
            return _send(start_response, "404 Not Found", b"not found\n", "text/plain")
        data = resources.files("sandbox").joinpath("static", name).read_bytes()
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return _send(start_response, "200 OK", data, f"{kind}; charset=utf-8")

    def _page(
        self, environ: WSGIEnvironment, name: str, start_response: StartResponse
    ) -> Iterable[bytes]:
        handler = self.routes.get(name)
        if handler is None:
            return _send(start_response, "404 Not Found", b"{}", "application/json")
        # Only the page's own scripts send JSON; a form on another site cannot without CORS.
        if not str(environ.get("CONTENT_TYPE") or "").startswith("application/json"):
            return _send(start_response, "415 Unsupported Media Type", b"{}", "application/json")
        return _json(start_response, "200 OK", handler(_json_body(environ)))

    def _web_api(
        self, environ: WSGIEnvironment, method: str, start_response: StartResponse
    ) -> Iterable[bytes]:
        params: dict[str, Any] = {
            k: v[0] for k, v in parse_qs(str(environ.get("QUERY_STRING") or "")).items()
        }
        raw = _read(environ)
        if "json" in str(environ.get("CONTENT_TYPE") or ""):
            params.update(_json_object(raw))
        else:
            params.update({k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()})
        authed = (
            environ.get("HTTP_AUTHORIZATION") == f"Bearer {self.bot_token}"
            or params.get("token") == self.bot_token
        )
        return _json(
            start_response, "200 OK", web_api.call(self.state, method, params, authed=authed)
        )


def _read(environ: WSGIEnvironment) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as error:
        raise BadRequest("bad Content-Length") from error
    if length > BODY_MAX:
        raise BadRequest("body too large")
    return environ["wsgi.input"].read(length) if length else b""


def _json_body(environ: WSGIEnvironment) -> dict[str, Any]:
    return _json_object(_read(environ))


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw or b"{}")
    except ValueError as error:
        raise BadRequest("not JSON") from error
    return body if isinstance(body, dict) else {}


def _json(start_response: StartResponse, status: str, body: Any) -> Iterable[bytes]:
    return _send(
        start_response, status, json.dumps(body).encode(), "application/json; charset=utf-8"
    )


def _send(start_response: StartResponse, status: str, data: bytes, kind: str) -> Iterable[bytes]:
    start_response(
        status,
        [("Content-Type", kind), ("Content-Length", str(len(data))), *SECURITY_HEADERS],
    )
    return [data]
