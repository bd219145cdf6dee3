"""Malformed requests to /slack/events, as Slack would never send them: the kinds the edge
must refuse with 400 or 401, quietly (no 500, no ERROR log), and a sender for them.

Used by `tests/integration/bot/test_malformed_requests.py` against the running app and by
`python -m bench.faults` against `mmbot serve`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import http.client
import json
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlparse


@dataclass(frozen=True)
class Malformed:
    """One kind of bad request: its body and how it is sent."""

    body: bytes
    content_type: str | None = "application/x-www-form-urlencoded"
    method: str = "POST"
    signed: bool = True
    secret: str = ""  # "" until `kinds` signs it with the server's secret
    timestamp: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _form(**fields: str) -> bytes:
    return urlencode(fields).encode()


def _payload(payload: object) -> bytes:
    return _form(payload=json.dumps(payload))


def _json(body: object) -> Malformed:
    return Malformed(json.dumps(body).encode(), content_type="application/json")


TEAM = {"id": "T1"}
USER = {"id": "UADMIN", "username": "uadmin", "team_id": "T1"}
COMMAND = urlencode(
    {
        "team_id": "T1",
        "user_id": "UADMIN",
        "command": "/mmprofile",
        "text": "create Sales type=blended chat=2",
        "response_url": "http://127.0.0.1:9/response/1",
        "trigger_id": "1337.42.abcd",
    }
).encode()


def kinds(secret: str) -> dict[str, Malformed]:
    """Every kind of malformed request, the signed ones signed with `secret` (the server's)."""
    now = int(time.time())
    listed = {
        "unsigned command": Malformed(COMMAND, signed=False),
        "signed with another secret": Malformed(COMMAND, secret="wrong-secret"),
        "timestamp older than five minutes": Malformed(COMMAND, timestamp=str(now - 600)),
        "timestamp not a number": Malformed(COMMAND, timestamp="yesterday"),
        "signature header missing": Malformed(
            COMMAND, signed=False, headers={"X-Slack-Request-Timestamp": str(now)}
        ),
        "unsigned body that is not JSON": Malformed(
            b"{not json", content_type="application/json", signed=False
        ),
        "wrong content type": Malformed(COMMAND, content_type="text/plain"),
        "no content type": Malformed(COMMAND, content_type=None),
        "invalid form encoding": Malformed(b"%%%&&==&%zz"),
        "payload that is not JSON": Malformed(_form(payload="{not json")),
        "payload that is a list": Malformed(_payload([{"type": "block_actions"}])),
        "payload that is a number": Malformed(_payload(42)),
        "payload that is a string": Malformed(_payload("block_actions")),
        "payload without a type": Malformed(_payload({"team": TEAM, "user": USER})),
        "payload of an unknown type": Malformed(
            _payload({"type": "teleport", "team": TEAM, "user": USER})
        ),
        "view_submission without a view": Malformed(
            _payload({"type": "view_submission", "team": TEAM, "user": USER})
        ),
        "view_submission whose view has no callback_id": Malformed(
            _payload({"type": "view_submission", "team": TEAM, "user": USER, "view": {"id": "V1"}})
        ),
        "view_submission whose state is not values": Malformed(
            _payload(
                {
                    "type": "view_submission",
                    "team": TEAM,
                    "user": USER,
                    "view": {
                        "id": "V1",
                        "type": "modal",
                        "callback_id": "profile_create",
                        "state": {"values": [1, 2]},
                    },
                }
            )
        ),
        "block_actions without actions": Malformed(
            _payload({"type": "block_actions", "team": TEAM, "user": USER})
        ),
        "block_actions whose actions are not a list": Malformed(
            _payload(
                {"type": "block_actions", "team": TEAM, "user": USER, "actions": "home_create"}
            )
        ),
        "block_actions with an action without action_id": Malformed(
            _payload(
                {"type": "block_actions", "team": TEAM, "user": USER, "actions": [{"value": "x"}]}
            )
        ),
        "block_suggestion without action_id": Malformed(
            _payload({"type": "block_suggestion", "team": TEAM, "user": USER, "value": "x"})
        ),
        "team that is a number": Malformed(
            _payload(
                {"type": "block_actions", "team": 5, "user": USER, "actions": [{"action_id": "a"}]}
            )
        ),
        "user that is a list": Malformed(
            _payload(
                {
                    "type": "block_actions",
                    "team": TEAM,
                    "user": ["UADMIN"],
                    "actions": [{"action_id": "a"}],
                }
            )
        ),
        "command form without a command": Malformed(
            _form(team_id="T1", user_id="UADMIN", text="create Sales")
        ),
        "command that is empty": Malformed(
            _form(team_id="T1", user_id="UADMIN", command="", text="create Sales")
        ),
        "body that is not UTF-8": Malformed(b"team_id=T1&command=%2Fmmprofile&text=\xff\xfe\xfa"),
        "JSON body that is a list": _json([{"type": "event_callback"}]),
        "JSON body that is a string": _json("event_callback"),
        "JSON body that is not JSON": Malformed(b'{"type": ', content_type="application/json"),
        "event_callback without an event": _json({"type": "event_callback", "team_id": "T1"}),
        "event_callback whose event is a string": _json(
            {"type": "event_callback", "team_id": "T1", "event": "app_home_opened"}
        ),
        "event without a type": _json(
            {"type": "event_callback", "team_id": "T1", "event": {"user": "UADMIN"}}
        ),
        "GET": Malformed(b"", method="GET", content_type=None),
        "PUT of a signed command": Malformed(COMMAND, method="PUT"),
        "DELETE": Malformed(b"", method="DELETE"),
        "empty body, signed": Malformed(b""),
        "empty body, unsigned": Malformed(b"", signed=False),
    }
    return {
        name: kind if kind.secret else dataclasses.replace(kind, secret=secret)
        for name, kind in listed.items()
    }


def send(base_url: str, request: Malformed) -> int:
    """Send `request` as it is (no client-side fixing of headers); its HTTP status."""
    stamp = request.timestamp or str(int(time.time()))
    headers = dict(request.headers)
    if request.content_type is not None:
        headers["Content-Type"] = request.content_type
    if request.signed:
        base = b"v0:" + stamp.encode() + b":" + request.body
        digest = hmac.new(request.secret.encode(), base, hashlib.sha256).hexdigest()
        headers |= {"X-Slack-Signature": f"v0={digest}", "X-Slack-Request-Timestamp": stamp}
    url = urlparse(base_url)
    connection = http.client.HTTPConnection(url.hostname or "", url.port, timeout=10)
    try:
        connection.request(request.method, "/slack/events", body=request.body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()
