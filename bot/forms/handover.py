"""A form's change, run on the bot's pool, handed back to the listener or answered later.

The listener waits for the change at most until its budget is spent. Whichever of the two
comes second answers: the listener when the change finished in time (it acks with the
result or the refusal), the change itself when the listener gave up first (the listener
acked a "still saving" view, and the change turns that view into its outcome).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from domain.application import Result

# Slack gives up on an answer after 3 s. Waiting holds one of Bolt's few listener threads,
# so requests queued behind it have less left: 60 forms at once on 2 cores, all late, were
# all acked by 2.5 s with a 1.5 s budget, by 2.0 s with this one.
SUBMIT_BUDGET_SECONDS = 1.0
# The "still saving" view goes back in the HTTP answer; a views.update sent at the same
# moment could reach Slack first and be overwritten by it, so the update waits this long.
ACK_SETTLE_SECONDS = 0.5


@dataclass(frozen=True)
class Outcome:
    """What the change came to: its result, or the exception that refused or broke it."""

    result: Result | None = None
    error: Exception | None = None


class Handover:
    """Meeting point of one submission's listener and its change on the pool."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._acked = threading.Event()
        self._acked_at = 0.0
        self._outcome: Outcome | None = None
        self._late = False

    def finish(self, outcome: Outcome) -> bool:
        """The change is done; True when the listener already gave up, so the caller answers."""
        with self._lock:
            self._outcome = outcome
            late = self._late
        self._finished.set()
        return late

    def wait(self, seconds: float) -> Outcome | None:
        """The outcome if the change finishes within `seconds`; None hands the answer over."""
        self._finished.wait(max(0.0, seconds))
        with self._lock:
            if self._outcome is None:
                self._late = True
            return self._outcome

    def acked(self) -> None:
        """The listener has acked (the "still saving" view is on its way to Slack)."""
        self._acked_at = self._clock()
        self._acked.set()

    def wait_until_shown(self, timeout: float) -> None:
        """Wait until the "still saving" view has had time to reach Slack."""
        if self._acked.wait(timeout):
            time.sleep(max(0.0, self._acked_at + ACK_SETTLE_SECONDS - self._clock()))
