"""Whether this instance's report scheduler is alive: a heartbeat stored recently enough."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from domain.clock import utc_now
from domain.report_runs import SchedulerHeartbeats

logger = logging.getLogger(__name__)


class SchedulerHealth:
    """Healthy while the instance's scheduler stored a heartbeat within `stale_seconds`."""

    def __init__(
        self,
        heartbeats: SchedulerHeartbeats,
        instance: str,
        *,
        stale_seconds: float,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.heartbeats = heartbeats
        self.instance = instance
        self.stale = timedelta(seconds=stale_seconds)
        self.clock = clock

    def __call__(self) -> bool:
        """True if the scheduler is alive; a database that cannot be read counts as not."""
        try:
            last = self.heartbeats.last_beat(self.instance)
        except Exception:
            logger.warning("health check could not read the scheduler heartbeat", exc_info=True)
            return False
        return last is not None and self.clock() - last <= self.stale
