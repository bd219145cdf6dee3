"""Modals and home tabs as the app last sent them, with their hashes and field errors."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sandbox import people

if TYPE_CHECKING:
    from sandbox.state import Changes

Json = dict[str, Any]


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


class Surfaces:
    """Every open modal (a stack per user) and every published home tab."""

    def __init__(self, changes: Changes) -> None:
        self.change = changes.change
        self.read = changes.read
        self.views: dict[str, View] = {}
        self.modals: dict[str, list[str]] = {}  # user -> stack of view ids, top last
        self.homes: dict[str, str] = {}  # user -> view id

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
