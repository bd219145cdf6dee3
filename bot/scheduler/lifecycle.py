"""Where the scheduler runs inside `mmbot serve` (HTTP mode): one process beside gunicorn.

Not in the workers: there are MMBOT_WORKERS of them and gunicorn replaces them at will.
Not as threads of the gunicorn master either: the master forks workers, and a fork taken
while a scheduler thread holds a lock (stderr's buffer while logging, a connection pool,
an SQLite file) leaves that lock held forever in the child. So the master's `when_ready`
starts one scheduler process (a fresh interpreter, sharing nothing) and `on_exit` stops
it. Exactly-once across replicas is the database claim's job, not this one's.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

# A post in progress may finish first; after this the process is killed (its claim is
# then retried by the next scheduler once its lease runs out).
STOP_SECONDS = 20.0


class SchedulerProcess:
    """Starts `python -m bot.scheduler.process` once and stops it with SIGTERM."""

    def __init__(self, log_level: str = "WARNING") -> None:
        self.log_level = log_level
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the process unless it runs already; it reads the same environment as we do."""
        if self.process is None:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.scheduler.process", "--log-level", self.log_level]
            )
            logger.info("report scheduler process %d started", self.process.pid)

    def stop(self) -> None:
        """SIGTERM, wait for it, and kill it if it does not end in time."""
        if self.process is None:
            return
        process, self.process = self.process, None
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            logger.warning("report scheduler process %d did not stop; killing it", process.pid)
            process.kill()
            process.wait()

    def gunicorn_hooks(self) -> dict[str, Callable[[Any], None]]:
        """`when_ready` and `on_exit` settings; gunicorn calls both in the master."""

        def when_ready(_arbiter: Any) -> None:
            self.start()

        def on_exit(_arbiter: Any) -> None:
            self.stop()

        return {"when_ready": when_ready, "on_exit": on_exit}
