"""What a request to /slack/events must be before Bolt reads it: small, UTF-8 and of Slack's shape.

Transport checks (method, size, content type, encoding) run before anything is parsed; shape
checks run right after the signature is verified, so a signed but malformed payload is
refused with 400 at the edge instead of crashing Bolt's matchers or a listener.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware

from bot.tenancy import refuse_without_workspace

if TYPE_CHECKING:
    from wsgiref.types import WSGIEnvironment

logger = logging.getLogger(__name__)

# Slack's own payloads are a few KiB; a 1 MiB body is no request Slack would send.
BODY_LIMIT = 1024 * 1024
# A body declared a little over the limit is read and dropped, chunk by chunk, before the 413:
# a server that closes with unread data resets the connection, and a client still sending
# never sees its answer. A larger one is not worth the reading: the connection is closed.
DRAIN_LIMIT = 4 * BODY_LIMIT
_READ_CHUNK = 64 * 1024
SLACK_CONTENT_TYPES = frozenset({"application/x-www-form-urlencoded", "application/json"})
# The payload types this app has listeners for; Bolt answers anything else with a 404.
SERVED_TYPES = frozenset(
    {"block_actions", "block_suggestion", "view_submission", "view_closed", "event_callback"}
)
# Bolt answers these itself, before the signature check or without a team.
_BOLT_OWN_TYPES = frozenset({"url_verification", "ssl_check"})


@dataclass(frozen=True)
class Refusal:
    """An HTTP answer for a request that goes no further; `reason` is for the log only."""

    status: int
    reason: str

    @property
    def status_line(self) -> str:
        return {
            400: "400 Bad Request",
            401: "401 Unauthorized",
            413: "413 Content Too Large",
        }[self.status]


def transport_refusal(environ: WSGIEnvironment) -> Refusal | None:
    """A POST of a Slack content type is all /slack/events accepts."""
    if environ.get("REQUEST_METHOD") != "POST":
        return Refusal(400, "not a POST")
    media_type = str(environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    if media_type not in SLACK_CONTENT_TYPES:
        return Refusal(400, "not a Slack content type")
    stamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
    if stamp is not None and not str(stamp).strip().isdigit():
        # The signature check would fail on it with a ValueError (a 500).
        return Refusal(401, "signature timestamp is not a number")
    return None


def read_body(environ: WSGIEnvironment) -> bytes | Refusal:
    """The body, never more than BODY_LIMIT bytes of it read; larger bodies are a 413.

    A Content-Length over the limit is refused without reading; a body without one (chunked)
    is read up to one byte past the limit.
    """
    stream: BinaryIO = environ["wsgi.input"]
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    if declared:
        if not declared.isdigit():
            return Refusal(400, "bad Content-Length")
        length = int(declared)
        if length > BODY_LIMIT:
            if length <= DRAIN_LIMIT:
                _drop(stream, length)
            return Refusal(413, f"declared body of {length} bytes")
        return stream.read(length) if length else b""
    chunked = "chunked" in str(environ.get("HTTP_TRANSFER_ENCODING") or "").lower()
    # Without a length or chunks HTTP/1.1 has no body; reading would wait for the client.
    if not (chunked or environ.get("wsgi.input_terminated")):
        return b""
    data = _read_at_most(stream, BODY_LIMIT + 1)
    if len(data) > BODY_LIMIT:
        return Refusal(413, "undeclared body over the limit")
    return data


def _drop(stream: BinaryIO, length: int) -> None:
    left = length
    while left > 0 and (part := stream.read(min(_READ_CHUNK, left))):
        left -= len(part)


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    parts: list[bytes] = []
    left = limit
    while left > 0:
        part = stream.read(min(_READ_CHUNK, left))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def text_refusal(data: bytes) -> Refusal | None:
    """Slack sends UTF-8; Bolt would fail on anything else."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return Refusal(400, "body is not UTF-8")
    return None


def shape_problem(body: Any) -> str | None:
    """What makes a (signed) body no payload this app serves, or None when it is one."""
    if not isinstance(body, dict):
        return "body is not an object"
    for key in ("team", "user", "view", "event", "enterprise"):
        if key in body and body[key] is not None and not isinstance(body[key], dict | str):
            return f"{key} is neither an object nor a string"
    if "command" in body:
        return _command_problem(body)
    kind = body.get("type")
    if kind in _BOLT_OWN_TYPES:
        return None
    if kind not in SERVED_TYPES:
        return "no payload type this app serves"
    return _PROBLEMS[kind](body)


def _command_problem(body: dict[str, Any]) -> str | None:
    if not isinstance(body.get("command"), str) or not body["command"].startswith("/"):
        return "slash command without a command"
    return None


def _view_problem(body: dict[str, Any]) -> str | None:
    view = body.get("view")
    # Bolt's own matchers read the view's type and callback_id.
    if not isinstance(view, dict) or not all(
        isinstance(view.get(key), str) for key in ("type", "callback_id")
    ):
        return f"{body['type']} without a view"
    state = view.get("state", {"values": {}})
    values = state.get("values") if isinstance(state, dict) else None
    if not isinstance(values, dict) or not all(
        isinstance(block, dict) and all(isinstance(v, dict) for v in block.values())
        for block in values.values()
    ):
        return f"{body['type']} whose view state is not blocks of values"
    return None


def _actions_problem(body: dict[str, Any]) -> str | None:
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions:
        return "block_actions without a list of actions"
    if not all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions):
        return "block_actions with an action that has no action_id"
    return None


def _suggestion_problem(body: dict[str, Any]) -> str | None:
    if not isinstance(body.get("action_id"), str):
        return "block_suggestion without an action_id"
    return None


def _event_problem(body: dict[str, Any]) -> str | None:
    event = body.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return "event_callback without an event"
    return None


_PROBLEMS: dict[str, Callable[[dict[str, Any]], str | None]] = {
    "view_submission": _view_problem,
    "view_closed": _view_problem,
    "block_actions": _actions_problem,
    "block_suggestion": _suggestion_problem,
    "event_callback": _event_problem,
}


def bad_request(reason: str, *, status: int = 400) -> BoltResponse:
    """A 400 (or 413) for Slack's side of the wire: no user reads it, the log says why."""
    logger.warning("refused a request to the Slack endpoint (%d): %s", status, reason)
    body = {401: "unauthorized\n", 413: "request body too large\n"}.get(status, "bad request\n")
    return BoltResponse(status=status, body=body)


class RefuseMalformed(Middleware):
    """Before authorization (the signature is verified): a malformed payload is a 400, and a
    payload naming no workspace is refused as before.

    A plain Middleware, not a function: Bolt's argument injection for function middleware
    reads the payload's shape itself and would fail on the very payloads refused here.
    """

    def process(
        self,
        *,
        req: BoltRequest,
        resp: BoltResponse,  # noqa: ARG002 - Bolt passes it by name
        next: Callable[[], BoltResponse],
    ) -> BoltResponse:
        problem = shape_problem(req.body)
        if problem is not None:
            return bad_request(problem)
        return refuse_without_workspace(req.body, req.context, next)
