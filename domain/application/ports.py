"""What the application needs from the front ends that drive it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.application.events import Event, Undelivered


class AdminCheck(Protocol):
    """Whether a Slack user is an mmbot administrator of a workspace (the bot implements it).

    Raises AdminCheckUnavailable when it cannot find out (Slack did not answer).
    """

    def is_admin(self, workspace_id: str, user_id: str) -> bool: ...


class Notifier(Protocol):
    """Carries out the side effects of committed changes (notices, App Home, report posts)."""

    def publish(self, events: Sequence[Event]) -> Sequence[Undelivered]: ...


class NoNotifier:
    """For front ends with nowhere to post: every event is dropped, none is undelivered."""

    def publish(self, events: Sequence[Event]) -> Sequence[Undelivered]:  # noqa: ARG002
        """Nothing to do."""
        return ()
