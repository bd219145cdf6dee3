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

from bot.app import create_app
from bot.bootstrap import heartbeats, migrate_store, store
from bot.config import BotConfig
from bot.health_server import start_health_server
from bot.scheduler.health import SchedulerHealth
from bot.scheduler.lifecycle import SchedulerProcess, SupervisingArbiter
from bot.scheduler.timing import SchedulerTiming, claim_instance_id, instance_id
from bot.wsgi import SlackWsgiApp
from config.settings import Settings, load_settings

WORKER_TIMEOUT_SECONDS = 30


def gunicorn_options(settings: Settings) -> dict[str, Any]:
    """Bind on MMBOT_HOST:PORT; MMBOT_WORKERS processes of MMBOT_THREADS threads each."""
    return {
        "bind": f"{settings.host}:{settings.port}",
        "worker_class": "gthread",
        "workers": settings.workers,
        "threads": settings.threads,
        "timeout": WORKER_TIMEOUT_SECONDS,
        "preload_app": False,  # each worker opens its own store after the fork
        "accesslog": "-",
    }


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
        return SlackWsgiApp(create_app(self.bot_config, store(url)), health=_scheduler_health(url))


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
    SlackServer(config, options, scheduler).run()


def _exit_on_term(_signal: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def serve_socket_mode(config: BotConfig) -> None:
    """Connect to Slack over Socket Mode (SLACK_APP_TOKEN) and serve until stopped."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    factory = store(config.database_url, migrate=True)
    handler = SocketModeHandler(create_app(config, factory), config.app_token)
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
        scheduler.stop()
        probe.stop()
        handler.close()  # type: ignore[no-untyped-call]
