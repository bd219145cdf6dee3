"""Running callables on real threads at the same moment, and holding a transaction open."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

JOIN_TIMEOUT = 30.0


@dataclass
class Outcome:
    """What one thread's callable returned, or the exception it raised."""

    value: object = None
    error: BaseException | None = None


def run_together(*calls: Callable[[], object]) -> list[Outcome]:
    """Start every call on its own thread behind one barrier; wait for all; return the outcomes."""
    barrier = threading.Barrier(len(calls))
    outcomes = [Outcome() for _ in calls]

    def worker(outcome: Outcome, call: Callable[[], object]) -> None:
        barrier.wait(JOIN_TIMEOUT)
        try:
            outcome.value = call()
        except BaseException as error:  # collected and asserted on by the test
            outcome.error = error

    threads = [
        threading.Thread(target=worker, args=(outcome, call), daemon=True)
        for outcome, call in zip(outcomes, calls, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a racing thread never finished"
    return outcomes


class Hold:
    """A point inside a transaction where one thread waits until the test lets it go on."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.released = threading.Event()

    def __call__(self) -> None:
        self.reached.set()
        assert self.released.wait(JOIN_TIMEOUT), "the hold was never released"


class Background:
    """One callable on its own thread; `finished` tells whether it has returned yet."""

    def __init__(self, call: Callable[[], object]) -> None:
        self.outcome = Outcome()
        self.finished = threading.Event()
        self._call = call
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            self.outcome.value = self._call()
        except BaseException as error:  # collected and asserted on by the test
            self.outcome.error = error
        finally:
            self.finished.set()

    def result(self) -> Outcome:
        """Wait for the thread and return its outcome."""
        self._thread.join(JOIN_TIMEOUT)
        assert not self._thread.is_alive(), "the background thread never finished"
        return self.outcome
