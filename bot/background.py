"""Work that runs after a request was acknowledged, on threads of its own.

Bolt runs a listener on a small pool and answers Slack only when the listener has called
ack(); a listener that acks and then works keeps a pool thread busy, so the next request's
ack waits behind that work. Handing the work to this pool lets every ack go out at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

WORKERS = 8
logger = logging.getLogger("mmbot.bot.background")


class Background:
    """A bounded thread pool whose tasks report their failures to `on_error`, never silently."""

    def __init__(self, workers: int = WORKERS) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mmbot-work")

    def run(
        self, work: Callable[[], None], on_error: Callable[[Exception], object]
    ) -> Future[None]:
        """Run `work` on the pool; an exception it raises goes to `on_error`."""

        def guarded() -> None:
            try:
                work()
            except Exception as error:
                try:
                    on_error(error)
                except Exception:
                    logger.exception("could not handle a failure of background work")

        return self._pool.submit(guarded)
