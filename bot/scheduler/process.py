"""The report scheduler as a process of its own: `python -m bot.scheduler.process`.

`mmbot serve` (HTTP mode) starts exactly one of these beside gunicorn. It runs until
SIGTERM or SIGINT, or until the serve process that started it is gone.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from bot.bootstrap import heartbeats, store
from bot.config import BotConfig
from bot.scheduler.service import SchedulerHandle, start_scheduler
from bot.scheduler.timing import SchedulerTiming, instance_id
from config.settings import SettingsError, load_settings
from domain.messages import DEFAULT_LANGUAGE, t

logger = logging.getLogger(__name__)

# How often the process looks for its parent: an orphan must not keep posting reports.
PARENT_CHECK_SECONDS = 1.0
START_RETRY_FIRST_SECONDS = 1.0
START_RETRY_MAX_SECONDS = 60.0


def _orphaned(parent_pid: int) -> bool:
    if os.getppid() != parent_pid:
        logger.warning("mmbot serve is gone; stopping the report scheduler")
        return True
    return False


def _start_when_possible(
    config: BotConfig, stop: threading.Event, parent_pid: int
) -> SchedulerHandle | None:
    """Start the scheduler, retrying with backoff while it cannot start.

    A failed start must delay the reports, not end them, and not cost a restart by the
    supervisor either. (A database that is down is no failure here: the sync job reads
    it, logs the error and tries again on its next run.) Heartbeats are stored only once
    the scheduler runs, so /healthz reports a scheduler that cannot start.
    """
    delay = START_RETRY_FIRST_SECONDS
    instance = instance_id()
    timing = SchedulerTiming.from_env()
    while not stop.is_set() and not _orphaned(parent_pid):
        try:
            return start_scheduler(
                config,
                store(config.database_url),
                heartbeats=heartbeats(config.database_url),
                instance=instance,
                timing=timing,
            )
        except Exception:
            logger.exception("report scheduler could not start; retrying in %.0f s", delay)
        stop.wait(delay)
        delay = min(delay * 2, START_RETRY_MAX_SECONDS)
    return None


def run_until_stopped(config: BotConfig, stop: threading.Event, parent_pid: int) -> None:
    """Run the scheduler until `stop` is set or the parent process has gone away."""
    handle = _start_when_possible(config, stop, parent_pid)
    if handle is None:
        return
    try:
        while not stop.wait(PARENT_CHECK_SECONDS) and not _orphaned(parent_pid):
            pass
    finally:
        handle.stop()
        logger.info("report scheduler stopped")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the scheduler process; its configuration comes from the settings."""
    parser = argparse.ArgumentParser(prog="python -m bot.scheduler.process")
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    try:
        config = BotConfig.from_settings(load_settings())
    except SettingsError as error:
        print(t(DEFAULT_LANGUAGE, error.key, **error.params), file=sys.stderr)
        return 2
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    stop = threading.Event()

    def request_stop(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)  # Ctrl-C reaches the whole process group
    run_until_stopped(config, stop, os.getppid())
    return 0


if __name__ == "__main__":
    sys.exit(main())
