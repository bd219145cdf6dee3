"""Requests to the app as Slack sends them: form or JSON bodies signed with the signing secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

# Slack gives up on an answer after three seconds; the sandbox waits longer on a slow machine
# and says so when even that was not enough.
ANSWER_SECONDS = 10.0


@dataclass(frozen=True)
class AppAnswer:
    """What the app answered: HTTP status and the body (parsed as JSON when it is JSON)."""

    status: int
    body: Any

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class SignedSender:
    """Posts signed requests to the app's /slack/events."""

    events_url: str
    signing_secret: str

    def form(self, fields: dict[str, str]) -> AppAnswer:
        """A form-encoded request: a slash command."""
        return self._post(urlencode(fields), "application/x-www-form-urlencoded")

    def interaction(self, payload: dict[str, Any]) -> AppAnswer:
        """An interactivity request: payload=<json>."""
        return self._post(
            urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
        )

    def event(self, envelope: dict[str, Any]) -> AppAnswer:
        """An Events API callback."""
        return self._post(json.dumps(envelope), "application/json")

    def _post(self, body: str, content_type: str) -> AppAnswer:
        stamp = str(int(time.time()))
        digest = hmac.new(
            self.signing_secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256
        ).hexdigest()
        request = urllib.request.Request(
            self.events_url,
            data=body.encode(),
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": f"v0={digest}",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=ANSWER_SECONDS) as response:
                return AppAnswer(response.status, _parsed(response.read()))
        except urllib.error.HTTPError as error:
            with error:  # an HTTPError holds the response open until closed
                return AppAnswer(error.code, _parsed(error.read()))
        except OSError:
            return AppAnswer(504, None)


def _parsed(raw: bytes) -> Any:
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text
