"""A slash command's answer in its ack when it is ready in time, else through response_url.

Slack shows a slash command's ack body to the caller just as it shows a response_url
message. Answering in the ack saves a second HTTP request per command, which was about
40 % of a command's CPU; a command still running when the ack is due answers later.
"""

from __future__ import annotations

import threading
from typing import Any

from slack_bolt.context.respond import Respond

from bot.response_url import RetriedRespond

# Slack waits 3 s for the ack; the rest is left for the network and the server's queue.
INLINE_ANSWER_SECONDS = 1.5
_ACK_FIELDS = ("text", "blocks", "response_type")


class InlineAnswer:
    """Stands in for `respond`: keeps the first answer for the ack until the ack is sent."""

    def __init__(self, respond: Respond | RetriedRespond) -> None:
        self._respond = respond
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._message: dict[str, Any] | None = None
        self._acked = False

    @property
    def response_url(self) -> str | None:
        return self._respond.response_url

    def __call__(self, **message: Any) -> object:
        """Keep the first answer for the ack; after the ack, send it through response_url."""
        with self._lock:
            if not self._acked and self._message is None:
                self._message = {k: v for k, v in message.items() if k in _ACK_FIELDS}
                self._ready.set()
                return None
        return self._respond(**message)

    def settle(self) -> None:
        """The work is over: whatever it answered (maybe nothing) can go with the ack."""
        self._ready.set()

    def ack_payload(self, timeout: float | None = None) -> dict[str, Any]:
        """Wait up to `timeout` (default INLINE_ANSWER_SECONDS) for the answer; ack()'s arguments."""
        self._ready.wait(INLINE_ANSWER_SECONDS if timeout is None else timeout)
        with self._lock:
            self._acked = True
            return self._message or {}
