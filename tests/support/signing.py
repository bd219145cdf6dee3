"""Requests as Slack sends them: signed slash commands and interactivity payloads."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

SIGNING_SECRET = "test-signing-secret"


def signature_headers(
    body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """X-Slack-Signature and X-Slack-Request-Timestamp for `body` (v0 scheme)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Signature": f"v0={digest}", "X-Slack-Request-Timestamp": stamp}


def slash_command_body(
    text: str,
    *,
    user_id: str = "UADMIN",
    team_id: str = "T1",
    command: str = "/mmprofile",
    response_url: str = "http://127.0.0.1:9/response/1",
    channel_id: str = "C1",
    trigger_id: str = "1337.42.abcd",
    extra: dict[str, str] | None = None,
) -> str:
    """The form-encoded body of a slash command request (`extra`: e.g. enterprise_id)."""
    return urlencode(
        {
            "token": "deprecated-verification-token",
            "team_id": team_id,
            "team_domain": "example",
            "channel_id": channel_id,
            "channel_name": "general",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A1",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id,
            **(extra or {}),
        }
    )


def interactivity_body(payload: dict[str, Any]) -> str:
    """The form-encoded body of an interactivity request: payload=<json>."""
    return urlencode({"payload": json.dumps(payload)})
