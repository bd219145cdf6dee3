"""Running the app: gunicorn (gthread workers) over HTTP, or Socket Mode."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Mapping
from types import FrameType
from typing import Any

from gunicorn.app.base import BaseApplication

from bot.background import Background
from bot.bootstrap import app_on, heartbeats, migrate_store, store
from bot.config import BotConfig
from bot.health_server import start_health_server
from bot.process_memory import freeze_before_fork, limit_malloc_arenas
from bot.scheduler.health import SchedulerHealth
from bot.scheduler.lifecycle import SchedulerProcess, SupervisingArbiter
from bot.scheduler.timing import SchedulerTiming, claim_instance_id, instance_id
from bot.wsgi import SlackWsgiApp
from config.settings import Settings, load_settings

WORKER_TIMEOUT_SECONDS = 30
# After SIGTERM a worker answers the requests in flight (each within Slack's 3 s), then
# finishes the work it acknowledged: at most its pool's 32 tasks, two rounds of Slack calls
# of up to 10 s each, and the notices they owe. The master kills it at GRACEFUL_TIMEOUT.
GRACEFUL_TIMEOUT_SECONDS = 60
DRAIN_SECONDS = 50.0
# Ctrl-C (SIGINT, SIGQUIT) asks for a quick stop: the running tasks end, the queued are dropped.
QUICK_DRAIN_SECONDS = 1.0


def gunicorn_options(settings: Settings) -> dict[str, Any]:
    """Bind on MMBOT_HOST:PORT; MMBOT_WORKERS processes of MMBOT_THREADS threads each."""
    return {
        "bind": f"{settings.host}:{settings.port}",
        "worker_class": "gthread",
        "workers": settings.workers,
        "threads": settings.threads,
        "timeout": WORKER_TIMEOUT_SECONDS,
        "graceful_timeout": GRACEFUL_TIMEOUT_SECONDS,
        "preload_app": False,  # each worker opens its own store after the fork
        "accesslog": "-",
        "worker_int": _stop_quickly,
        "worker_exit": _finish_acknowledged_work,
    }


def _stop_quickly(worker: Any) -> None:
    """gunicorn's worker_int hook: a quick stop does not wait for the queued work."""
    if isinstance(worker.app, SlackServer):
        worker.app.drain_seconds = QUICK_DRAIN_SECONDS


def _finish_acknowledged_work(_arbiter: Any, worker: Any) -> None:
    """gunicorn's worker_exit hook, in the worker once it has answered its last request."""
    if isinstance(worker.app, SlackServer):
        worker.app.finish_acknowledged_work()


class SlackServer(BaseApplication):  # type: ignore[misc]
    """gunicorn embedded: `load()` runs in every worker, so no connection crosses a fork."""

    def __init__(
        self,
        config: BotConfig,
        options: Mapping[str, Any],
        scheduler: SchedulerProcess | None = None,
    ) -> None:
        self.bot_config = config
        self.options = dict(options)
        self.scheduler = scheduler
        # Set in each worker by load(): the pool of the work it acknowledged.
        self.background: Background | None = None
        self.drain_seconds = DRAIN_SECONDS
        super().__init__()

    def run(self) -> None:
        """gunicorn's master loop; with a scheduler, one that also restarts it when it dies."""
        if self.scheduler is None:
            super().run()
            return
        try:
            SupervisingArbiter(self, self.scheduler).run()
        except RuntimeError as error:  # what BaseApplication.run does with it
            print(f"\nError: {error}\n", file=sys.stderr)
            sys.exit(1)

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> SlackWsgiApp:
        url = self.bot_config.database_url
        self.background = Background()
        app = app_on(self.bot_config, store(url), self.background)
        return SlackWsgiApp(app, health=_scheduler_health(url))

    def finish_acknowledged_work(self) -> None:
        """Refuse new work, and wait (up to `drain_seconds`) for what this worker acknowledged."""
        if self.background is not None:
            self.background.drain(self.drain_seconds)


def _scheduler_health(database_url: str) -> SchedulerHealth | None:
    instance = instance_id()
    if instance is None:
        return None
    stale = SchedulerTiming.from_env().stale_seconds
    return SchedulerHealth(heartbeats(database_url), instance, stale_seconds=stale)


def _log_level() -> str:
    return logging.getLevelName(logging.getLogger().getEffectiveLevel())


def serve_http(config: BotConfig, settings: Settings) -> None:
    """Migrate once in the master, then serve with gunicorn (and the scheduler) until stopped."""
    migrate_store(config.database_url)
    # Inherited by the workers (forked) and the scheduler process: whose heartbeat counts.
    claim_instance_id()
    scheduler = SchedulerProcess(_log_level(), SchedulerTiming.from_env())
    options = {**gunicorn_options(settings), **scheduler.gunicorn_hooks()}
    limit_malloc_arenas()
    freeze_before_fork()
    SlackServer(config, options, scheduler).run()


def _exit_on_term(_signal: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def serve_socket_mode(config: BotConfig) -> None:
    """Connect to Slack over Socket Mode (SLACK_APP_TOKEN) and serve until stopped."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    factory = store(config.database_url, migrate=True)
    background = Background()
    handler = SocketModeHandler(app_on(config, factory, background), config.app_token)
    instance = claim_instance_id()
    timing = SchedulerTiming.from_env()
    # No HTTP port for Slack here, but an orchestrator still probes /healthz on PORT.
    health = SchedulerHealth(
        heartbeats(config.database_url), instance, stale_seconds=timing.stale_seconds
    )
    probe = start_health_server(load_settings().host, config.port, health)
    # The same supervised scheduler process as over HTTP; this process never forks, so a
    # thread may supervise it.
    scheduler = SchedulerProcess(_log_level(), timing)
    scheduler.start()
    supervising = threading.Event()
    scheduler.supervise_until(supervising)
    # SIGTERM ends the wait below like Ctrl-C does, so the scheduler is stopped cleanly.
    signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        handler.start()  # type: ignore[no-untyped-call]
    finally:
        supervising.set()
        handler.close()  # type: ignore[no-untyped-call]
        background.drain(DRAIN_SECONDS)  # what was acknowledged is finished
        scheduler.stop()
        probe.stop()
