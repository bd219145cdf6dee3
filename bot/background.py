"""Work that runs after a request was acknowledged, on threads of its own, in bounded number.

Bolt runs a listener on a small pool and answers Slack only when the listener has called
ack(); a listener that acks and then works keeps a pool thread busy, so the next request's
ack waits behind that work. Handing the work to this pool lets every ack go out at once.

The pool takes at most WORKERS running and WAITING waiting tasks: a request that comes
when it is full is refused (`BackgroundFull`) and told "busy" instead of being queued
behind work that a slow Slack may hold for minutes. Work that follows a change already
stored (its notices) is never refused, but counts: it keeps new requests out until done.
On a graceful stop, `drain` refuses new requests and waits for what was accepted.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

WORKERS = 16
WAITING = 16
logger = logging.getLogger("mmbot.bot.background")


class BackgroundFull(Exception):
    """The pool has as much work as it takes (or is stopping): nothing was queued."""


class Background:
    """A bounded thread pool whose tasks report their failures to `on_error`, never silently."""

    def __init__(self, workers: int = WORKERS, waiting: int = WAITING) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mmbot-work")
        self._capacity = workers + waiting
        self._changed = threading.Condition()
        self._pending = 0
        self._stopping = False

    @property
    def pending(self) -> int:
        """Tasks accepted and not finished yet (running or waiting)."""
        with self._changed:
            return self._pending

    def run(
        self, work: Callable[[], None], on_error: Callable[[Exception], object]
    ) -> Future[None]:
        """Run `work` on the pool; an exception it raises goes to `on_error`.

        Raises BackgroundFull, queueing nothing, when the pool is full or stopping.
        """
        with self._changed:
            if self._stopping or self._pending >= self._capacity:
                raise BackgroundFull
            self._pending += 1
        return self._submit(work, on_error)

    def follow_up(
        self, work: Callable[[], None], on_error: Callable[[Exception], object]
    ) -> Future[None]:
        """Like `run`, for work owed to a change already stored: taken even when full."""
        with self._changed:
            self._pending += 1
        return self._submit(work, on_error)

    def drain(self, timeout: float) -> bool:
        """Refuse new requests, then wait up to `timeout` s for the accepted work; all done?

        What is still waiting then is dropped (and counted in the log): the process is ending.
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            self._stopping = True
            while self._pending and (left := deadline - time.monotonic()) > 0:
                self._changed.wait(left)
            unfinished = self._pending
        if unfinished:
            logger.warning("stopping with %d acknowledged task(s) unfinished", unfinished)
        self._pool.shutdown(wait=False, cancel_futures=bool(unfinished))
        return not unfinished

    def _submit(
        self, work: Callable[[], None], on_error: Callable[[Exception], object]
    ) -> Future[None]:
        def guarded() -> None:
            try:
                work()
            except Exception as error:
                try:
                    on_error(error)
                except Exception:
                    logger.exception("could not handle a failure of background work")
            finally:
                self._done()

        try:
            return self._pool.submit(guarded)
        except RuntimeError:  # shut down: the process is ending
            self._done()
            raise BackgroundFull from None

    def _done(self) -> None:
        with self._changed:
            self._pending -= 1
            self._changed.notify_all()
