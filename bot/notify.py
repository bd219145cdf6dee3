"""Side effects of committed changes run after the answer, on the bot's own pool."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.background import Background, BackgroundFull
from domain.application import Notifier
from domain.application.events import Event, Undelivered

logger = logging.getLogger("mmbot.bot.notify")


class AfterTheAnswer:
    """Hands events to `inner` on the pool, so no ack ever waits for a post to Slack."""

    def __init__(self, inner: Notifier, background: Background) -> None:
        self._inner = inner
        self._background = background

    def publish(self, events: Sequence[Event]) -> Sequence[Undelivered]:
        """Queue the events; what fails is logged there (the user was already answered)."""

        def deliver() -> None:
            for problem in self._inner.publish(events):
                logger.warning("not delivered: %s", type(problem.event).__name__)

        try:
            # Owed to a change already stored: taken even when the pool refuses new requests.
            self._background.follow_up(
                deliver, lambda error: logger.error("delivery failed: %s", error)
            )
        except BackgroundFull:  # only once the process has stopped its pool
            logger.warning("not delivered, stopping: %s", [type(e).__name__ for e in events])
        return ()
