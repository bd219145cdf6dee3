"""Posting a message to a channel, with an outer retry for posts the client gave up on."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slackkit.message import Message

logger = logging.getLogger(__name__)

# The client already retries each call; these are further attempts after it gave up.
OUTER_ATTEMPTS = 3
FIRST_PAUSE_SECONDS = 2.0
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class PostFailed(Exception):
    """The message was not posted; `retryable` says whether a later attempt may succeed."""

    def __init__(self, reason: str, *, retryable: bool) -> None:
        super().__init__(reason)
        self.retryable = retryable


def post_message(
    client: WebClient,
    channel: str,
    message: Message,
    *,
    attempts: int = OUTER_ATTEMPTS,
    pause: float = FIRST_PAUSE_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Post and return the message ts; retry rate limits, server and network errors with backoff."""
    for attempt in range(1, attempts + 1):
        try:
            response = client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks or None,
                unfurl_links=False,
            )
            return str(response["ts"])
        except SlackApiError as error:
            status = error.response.status_code
            reason = f"{status} {error.response.get('error', '')}".strip()
            if status not in RETRYABLE_STATUS:
                # channel_not_found, not_in_channel, invalid_auth…: retrying cannot help.
                raise PostFailed(reason, retryable=False) from error
        except OSError as error:  # connection refused, reset, timed out
            reason = f"network: {error}"
        if attempt < attempts:
            delay = pause * 2 ** (attempt - 1)
            logger.warning("posting to %s failed (%s); retrying in %.0fs", channel, reason, delay)
            sleep(delay)
    raise PostFailed(reason, retryable=True)
