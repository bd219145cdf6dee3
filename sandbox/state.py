"""What the sandbox's pretend Slack holds: messages, ephemeral answers and reply addresses.

One lock guards it; every change bumps `version`, which the page waits on (long poll).
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sandbox import people
from sandbox.surfaces import Surfaces

Json = dict[str, Any]
T = TypeVar("T")

# Slack keeps a response_url usable for 30 minutes.
RESPONSE_URL_SECONDS = 30 * 60


@dataclass
class Message:
    """A message in a conversation; `only_for` makes it ephemeral (seen by that user alone)."""

    ts: str
    channel: str
    user: str
    text: str
    blocks: list[Json] = field(default_factory=list)
    only_for: str | None = None
    metadata: Json | None = None
    command: bool = False  # the caller's own slash command, shown to them as a reminder

    def as_json(self) -> Json:
        """As the page and conversations.history see it."""
        body: Json = {
            "type": "message",
            "ts": self.ts,
            "channel": self.channel,
            "user": self.user,
            "text": self.text,
            "blocks": self.blocks,
        }
        if self.user == people.BOT_USER_ID:
            body["bot_id"] = people.BOT_ID
        if self.only_for:
            body["ephemeral"] = True
        if self.metadata:
            body["metadata"] = self.metadata
        if self.command:
            body["command"] = True
        return body


@dataclass(frozen=True)
class Reply:
    """Where an answer to a response_url or trigger_id goes."""

    user: str
    channel: str
    issued: float


class Changes:
    """One lock for the whole state, and a version that every change bumps."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.version = 0

    def change(self, work: Callable[[], T]) -> T:
        """Run `work` under the lock and wake every waiting page."""
        with self._changed:
            result = work()
            self.version += 1
            self._changed.notify_all()
            return result

    def read(self, work: Callable[[], T]) -> T:
        with self._changed:
            return work()

    def wait(self, after: int, timeout: float) -> int:
        """Block until the version is past `after` (or `timeout` passes); the current version."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != after, timeout=timeout)
            return self.version


class SandboxState(Changes):
    """The whole pretend workspace; every method is safe to call from any thread."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Message] = []
        self.surfaces = Surfaces(self)
        self._replies: dict[str, Reply] = {}  # response_url key or trigger id -> where to
        self._ts = itertools.count(1)

    # -- messages -----------------------------------------------------------------------------

    def next_ts(self) -> str:
        # Wall-clock seconds keep Slack's shape; the counter keeps them unique and ordered.
        return f"{int(time.time())}.{next(self._ts):06d}"

    def post(self, message: Message) -> Message:
        self.change(lambda: self.messages.append(message))
        return message

    def history(self, channel: str) -> list[Message]:
        """Messages everybody sees in `channel`, newest first (as conversations.history)."""
        return self.read(
            lambda: [m for m in reversed(self.messages) if m.channel == channel and not m.only_for]
        )

    def seen_by(self, user: str) -> list[Message]:
        """Every message `user` sees, oldest first."""
        return self.read(
            lambda: [m for m in self.messages if m.only_for in (None, user) and _visible(m, user)]
        )

    # -- replies ------------------------------------------------------------------------------

    def issue(self, user: str, channel: str) -> str:
        """A fresh key for a trigger_id or response_url that answers `user` in `channel`."""
        key = uuid.uuid4().hex
        self.read(lambda: self._replies.__setitem__(key, Reply(user, channel, time.monotonic())))
        return key

    def reply_target(self, key: str) -> Reply | None:
        reply = self.read(lambda: self._replies.get(key))
        if reply is None or time.monotonic() - reply.issued > RESPONSE_URL_SECONDS:
            return None
        return reply


def _visible(message: Message, user: str) -> bool:
    # A direct conversation with the app is seen by its owner only.
    owner = people.dm_owner(message.channel)
    return owner is None or owner.id == user
