"""Posting a message to a payload's response_url: once more if Slack fails, and a log line.

Bolt's `respond` returns Slack's 5xx or 404 without a word and logs a dropped connection as an
ERROR; the user's answer is then lost unseen. Here a failed post is tried once more, and a
failure is one WARNING naming the status, never the URL (it is a bearer secret for 30 min).
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from typing import Any, Protocol

logger = logging.getLogger(__name__)

POST_TIMEOUT_SECONDS = 10.0
RETRY_PAUSE_SECONDS = 0.5
_RETRIED_STATUSES = frozenset({404, 408, 429})


class HasResponseUrl(Protocol):
    """Bolt's `Respond`, or anything else that knows the payload's response_url."""

    @property
    def response_url(self) -> str | None: ...


def _attempt(url: str, data: bytes) -> str | None:
    """None when Slack took the message, else what went wrong (for the log and the retry)."""
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json;charset=utf-8"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=POST_TIMEOUT_SECONDS) as response:
            response.read()
        return None
    except urllib.error.HTTPError as error:
        error.read()
        return f"HTTP {error.code}"
    except (OSError, urllib.error.URLError) as error:
        # The reason, not the error's text: that may quote the URL.
        reason = getattr(error, "reason", None)
        return f"connection failed ({type(reason or error).__name__})"


def _worth_retrying(problem: str) -> bool:
    if not problem.startswith("HTTP "):
        return True
    status = int(problem.removeprefix("HTTP "))
    return status >= 500 or status in _RETRIED_STATUSES


class RetriedRespond:
    """Called like Bolt's `respond`: posts the message, once more if the first post failed."""

    def __init__(self, respond: HasResponseUrl, *, pause: float = RETRY_PAUSE_SECONDS) -> None:
        self._respond = respond
        self._pause = pause

    @property
    def response_url(self) -> str | None:
        return self._respond.response_url

    def __call__(self, **message: Any) -> bool:
        """True when Slack took the message (maybe on the second try)."""
        url = self.response_url
        if not url:
            raise ValueError("respond is unsupported here as there is no response_url")
        data = json.dumps({k: v for k, v in message.items() if v is not None}).encode()
        first = _attempt(url, data)
        if first is None:
            return True
        if not _worth_retrying(first):
            logger.warning("response_url post refused (%s); the answer is lost", first)
            return False
        time.sleep(self._pause)
        second = _attempt(url, data)
        if second is None:
            logger.warning("response_url post failed (%s); posted on the second try", first)
            return True
        logger.warning(
            "response_url post failed (%s), and again on the retry (%s); the answer is lost",
            first,
            second,
        )
        return False
