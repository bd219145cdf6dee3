"""What the sandbox's pretend Slack holds: messages, ephemeral answers, modals and home tabs.

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


@dataclass
class View:
    """A modal or a home tab as the app last sent it, with its hash and any field errors."""

    id: str
    user: str
    body: Json
    hash: str
    errors: dict[str, str] = field(default_factory=dict)
    previous: str | None = None

    def as_json(self) -> Json:
        """The view object Slack returns from views.* and sends in payloads."""
        return {
            **self.body,
            "id": self.id,
            "team_id": people.WORKSPACE_ID,
            "app_id": people.APP_ID,
            "bot_id": people.BOT_ID,
            "hash": self.hash,
            "state": {"values": {}},
            "private_metadata": self.body.get("private_metadata", ""),
            "callback_id": self.body.get("callback_id", ""),
            "previous_view_id": self.previous,
            "root_view_id": self.id,
        }


@dataclass(frozen=True)
class Reply:
    """Where an answer to a response_url or trigger_id goes."""

    user: str
    channel: str
    issued: float


class SandboxState:
    """The whole pretend workspace; every method is safe to call from any thread."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.version = 0
        self.messages: list[Message] = []
        self.views: dict[str, View] = {}
        self.modals: dict[str, list[str]] = {}  # user -> stack of view ids, top last
        self.homes: dict[str, str] = {}  # user -> view id
        self._replies: dict[str, Reply] = {}  # response_url key or trigger id -> where to
        self._ts = itertools.count(1)

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

    # -- views --------------------------------------------------------------------------------

    def open_modal(self, user: str, body: Json, *, push: bool = False) -> View:
        def work() -> View:
            stack = self.modals.setdefault(user, [])
            previous = stack[-1] if stack and push else None
            if not push:
                stack.clear()
            view = self._new_view(user, body, previous)
            stack.append(view.id)
            return view

        return self.change(work)

    def update_view(self, view_id: str, body: Json, expected_hash: str | None) -> View | str:
        """The updated view, or Slack's error code (`not_found`, `hash_conflict`)."""

        def work() -> View | str:
            view = self.views.get(view_id)
            if view is None:
                return "not_found"
            if expected_hash and expected_hash != view.hash:
                return "hash_conflict"
            view.body, view.hash, view.errors = body, _new_hash(), {}
            return view

        return self.change(work)

    def publish_home(self, user: str, body: Json) -> View:
        def work() -> View:
            current = self.views.get(self.homes.get(user, ""))
            if current is not None:
                current.body, current.hash = body, _new_hash()
                return current
            view = self._new_view(user, body, None)
            self.homes[user] = view.id
            return view

        return self.change(work)

    def close_modal(self, user: str, view_id: str, *, all_of_them: bool = False) -> None:
        def work() -> None:
            stack = self.modals.get(user, [])
            if all_of_them:
                stack.clear()
            elif view_id in stack:
                del stack[stack.index(view_id) :]

        self.change(work)

    def show_errors(self, view_id: str, errors: dict[str, str]) -> None:
        def work() -> None:
            if view := self.views.get(view_id):
                view.errors = {str(k): str(v) for k, v in errors.items()}

        self.change(work)

    def view(self, view_id: str) -> View | None:
        return self.read(lambda: self.views.get(view_id))

    def modal_stack(self, user: str) -> list[View]:
        return self.read(lambda: [self.views[v] for v in self.modals.get(user, [])])

    def home(self, user: str) -> View | None:
        return self.read(lambda: self.views.get(self.homes.get(user, "")))

    def _new_view(self, user: str, body: Json, previous: str | None) -> View:
        view = View(id="V" + uuid.uuid4().hex[:10].upper(), user=user, body=body, hash=_new_hash())
        view.previous = previous
        self.views[view.id] = view
        return view


def _new_hash() -> str:
    return f"{time.time():.6f}.{uuid.uuid4().hex[:8]}"


def _visible(message: Message, user: str) -> bool:
    # A direct conversation with the app is seen by its owner only.
    owner = people.dm_owner(message.channel)
    return owner is None or owner.id == user
