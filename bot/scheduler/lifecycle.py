"""Where the scheduler runs inside `mmbot serve`: one supervised process beside gunicorn.

Not in the workers: there are MMBOT_WORKERS of them and gunicorn replaces them at will.
Not as threads of the gunicorn master either: the master forks workers, and a fork taken
while a scheduler thread holds a lock (stderr's buffer while logging, a connection pool,
an SQLite file) leaves that lock held forever in the child. So the master's `when_ready`
starts one scheduler process (a fresh interpreter, sharing nothing), the master's main
loop restarts it whenever it has died (SupervisingArbiter), and `on_exit` stops it.
In Socket Mode a thread of the one process supervises it (that process never forks).
Exactly-once across replicas is the database claim's job, not this one's.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from gunicorn.arbiter import Arbiter

from bot.scheduler.timing import SchedulerTiming

logger = logging.getLogger(__name__)

# A post in progress may finish first; after this the process is killed (its claim is
# then taken over by the next scheduler once its lease runs out).
STOP_SECONDS = 20.0
# A process that ran this long was healthy: its next death restarts it after the first delay.
STABLE_SECONDS = 60.0


class SchedulerProcess:
    """Starts `python -m bot.scheduler.process`, restarts it when it dies, stops it with SIGTERM."""

    def __init__(
        self,
        log_level: str = "WARNING",
        timing: SchedulerTiming | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.log_level = log_level
        self.timing = timing or SchedulerTiming()
        self.clock = clock
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self._started_at = 0.0
        self._restart_at: float | None = None
        self._delay = self.timing.restart_seconds
        self._stopped = False
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the process unless it runs already; it reads the same environment as we do."""
        with self._lock:
            if self.process is None and not self._stopped:
                self._spawn()

    def _spawn(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.scheduler.process", "--log-level", self.log_level]
        )
        self._started_at = self.clock()
        logger.info("report scheduler process %d started", self.process.pid)

    def supervise(self) -> None:
        """Restart the process if it has died, after a delay that doubles while it keeps dying.

        Never blocks: called from gunicorn's main loop about once a second.
        """
        with self._lock:
            if self._stopped or self.process is None:
                return
            now = self.clock()
            if self._restart_at is None:
                code = self.process.poll()
                if code is None:
                    return
                if now - self._started_at >= STABLE_SECONDS:
                    self._delay = self.timing.restart_seconds
                self._restart_at = now + self._delay
                logger.error(
                    "report scheduler process %d ended (status %s); restarting in %.1f s",
                    self.process.pid,
                    code,
                    self._delay,
                )
                self._delay = min(self._delay * 2, self.timing.max_restart_seconds)
            if now >= self._restart_at:
                self._restart_at = None
                self.restarts += 1
                self._spawn()

    def supervise_until(self, stop: threading.Event, interval: float = 1.0) -> threading.Thread:
        """Supervise from a daemon thread until `stop` is set (Socket Mode: no fork follows)."""

        def loop() -> None:
            while not stop.wait(interval):
                self.supervise()

        thread = threading.Thread(target=loop, name="scheduler supervisor", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        """SIGTERM, wait for it, and kill it if it does not end in time; no restart after this."""
        with self._lock:
            self._stopped = True
            process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
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


class SupervisingArbiter(Arbiter):  # type: ignore[misc]
    """gunicorn's master loop, which also restarts the scheduler process when it has died."""

    def __init__(self, app: Any, scheduler: SchedulerProcess) -> None:
        super().__init__(app)
        self.scheduler = scheduler

    def manage_workers(self) -> None:
        """Keep the workers (gunicorn's job) and the scheduler process (ours) running."""
        super().manage_workers()
        self.scheduler.supervise()
