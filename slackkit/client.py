"""The Web API client, and the one retry policy of every call the bot makes to Slack.

A call is repeated only when repeating it cannot duplicate anything: a 429 (Slack did
nothing), a connection that was never made (nothing was sent), and, for calls that do
not post a message, server errors and lost connections. A post whose outcome is unknown
(timeout, reset, 5xx) is never repeated here; the scheduled report looks in the
channel's history before any second attempt (bot/scheduler/posting.py).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from http.client import RemoteDisconnected
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.handler import RetryHandler, default_interval_calculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

MAX_RETRIES = 3
TIMEOUT_SECONDS = 10
# A longer Retry-After is not slept inside a call: the caller gets the 429 and decides
# (the report hands its claim back instead of holding it while asleep).
MAX_RETRY_AFTER_SECONDS = 30.0
# Methods that create a message: repeating one whose outcome is unknown may post twice.
UNREPEATABLE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral"})
_SERVER_ERRORS = frozenset({500, 502, 503, 504})
_LOST_CONNECTION = (URLError, ConnectionResetError, RemoteDisconnected, TimeoutError)


class Delivery(Enum):
    """What a failed call says about whether Slack acted on it."""

    NOT_SENT = "not_sent"  # Slack did not act: repeating it is safe
    UNKNOWN = "unknown"  # Slack may have acted: repeating a post may duplicate it


@dataclass(frozen=True)
class Failure:
    """A failed call, classified: what it says about delivery, why, and any Retry-After."""

    delivery: Delivery
    reason: str
    retry_after: float | None = None


def retry_after_seconds(headers: Mapping[str, Any]) -> float | None:
    """The Retry-After header in seconds, if there is one."""
    for name, value in headers.items():
        if name.lower() == "retry-after":
            text = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(text))
            except ValueError:
                return None
    return None


def never_connected(error: BaseException) -> bool:
    """True when the request never reached a server (refused, unresolvable): nothing was sent."""
    reason = error.reason if isinstance(error, URLError) else error
    return isinstance(reason, ConnectionRefusedError | socket.gaierror)


def classify(error: BaseException) -> Failure:
    """What a call's exception says about delivery."""
    if isinstance(error, SlackApiError):
        status = error.response.status_code
        reason = f"{status} {error.response.get('error', '')}".strip()
        if status == 429:
            return Failure(Delivery.NOT_SENT, reason, retry_after_seconds(error.response.headers))
        if status >= 500:
            return Failure(Delivery.UNKNOWN, reason)
        # channel_not_found, not_in_channel, invalid_auth…: Slack refused it.
        return Failure(Delivery.NOT_SENT, reason)
    reason = f"network: {error}" if str(error) else f"network: {type(error).__name__}"
    if never_connected(error):
        return Failure(Delivery.NOT_SENT, reason)
    return Failure(Delivery.UNKNOWN, reason)


def _method(request: HttpRequest) -> str:
    return request.url.rstrip("/").rsplit("/", 1)[-1]


class SafeRetries(RetryHandler):
    """The retry policy: rate limits, unmade connections, and unknown outcomes of non-posts."""

    def __init__(
        self,
        max_retry_count: int = MAX_RETRIES,
        *,
        max_retry_after: float = MAX_RETRY_AFTER_SECONDS,
    ) -> None:
        super().__init__(max_retry_count, default_interval_calculator)
        self.max_retry_after = max_retry_after

    def _can_retry(
        self,
        *,
        state: RetryState,  # noqa: ARG002 - slack_sdk's signature
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is not None and response.status_code == 429:
            wait = retry_after_seconds(response.headers)
            return wait is None or wait <= self.max_retry_after
        repeatable = _method(request) not in UNREPEATABLE_METHODS
        if response is not None:
            return repeatable and response.status_code in _SERVER_ERRORS
        if error is None:
            return False
        if never_connected(error):
            return True
        return repeatable and isinstance(error, _LOST_CONNECTION)

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is not None and response.status_code == 429:
            state.next_attempt_requested = True
            wait = retry_after_seconds(response.headers)
            time.sleep(1.0 if wait is None else wait)
            state.increment_current_attempt()
            return
        super().prepare_for_next_attempt(
            state=state, request=request, response=response, error=error
        )


def make_web_client(
    token: str | None,
    base_url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_retry_after: float = MAX_RETRY_AFTER_SECONDS,
    retries: int = MAX_RETRIES,
) -> WebClient:
    """A WebClient with the bot's one retry policy (SafeRetries), `retries` repeats at most."""
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,  # type: ignore[arg-type]  # slack_sdk types it int; urllib takes float
        retry_handlers=[SafeRetries(retries, max_retry_after=max_retry_after)],
    )
