"""Keeping a claim while its owner works: the lease is renewed in the background."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from domain.report_runs import Claim, ReportUnitOfWorkFactory
from domain.services import report_runs
from domain.services.report_runs import RunPolicy

logger = logging.getLogger(__name__)

# Renewals per lease: a missed renewal or two (a busy database) still keeps the claim.
RENEWALS_PER_LEASE = 4


class LeaseKeeper:
    """`with LeaseKeeper(...) as lease:` renews the claim until the block ends; `lease.lost` says if it was taken."""

    def __init__(
        self,
        factory: ReportUnitOfWorkFactory,
        held: Claim,
        *,
        policy: RunPolicy,
        clock: Callable[[], datetime],
    ) -> None:
        self.factory = factory
        self.held = held
        self.policy = policy
        self.clock = clock
        self.lost = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._renew_until_done, name=f"lease {held.run_id}", daemon=True
        )

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._done.set()
        self._thread.join()

    def _renew_until_done(self) -> None:
        interval = self.policy.lease.total_seconds() / RENEWALS_PER_LEASE
        while not self._done.wait(interval):
            try:
                kept = report_runs.renew(
                    self.factory, self.held, now=self.clock(), policy=self.policy
                )
            except Exception:
                # A busy database: the lease still has time left; try again next interval.
                logger.warning("could not renew the lease of %s", self.held.run_id, exc_info=True)
                continue
            if not kept:
                logger.warning("report run %s was taken over by another process", self.held.run_id)
                self.lost.set()
                return
