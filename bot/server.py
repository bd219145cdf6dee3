"""Running the app: gunicorn (gthread workers) over HTTP, or Socket Mode."""

from __future__ import annotations

import logging
import signal
from collections.abc import Mapping
from types import FrameType
from typing import Any

from gunicorn.app.base import BaseApplication

from bot.app import create_app
from bot.bootstrap import migrate_store, store
from bot.config import BotConfig
from bot.scheduler.lifecycle import SchedulerProcess
from bot.scheduler.service import start_scheduler
from bot.wsgi import SlackWsgiApp
from config.settings import Settings

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

    def __init__(self, config: BotConfig, options: Mapping[str, Any]) -> None:
        self.bot_config = config
        self.options = dict(options)
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> SlackWsgiApp:
        return SlackWsgiApp(create_app(self.bot_config, store(self.bot_config.database_url)))


def serve_http(config: BotConfig, settings: Settings) -> None:
    """Migrate once in the master, then serve with gunicorn (and the scheduler) until stopped."""
    migrate_store(config.database_url)
    scheduler = SchedulerProcess(logging.getLevelName(logging.getLogger().getEffectiveLevel()))
    SlackServer(config, {**gunicorn_options(settings), **scheduler.gunicorn_hooks()}).run()


def _exit_on_term(_signal: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def serve_socket_mode(config: BotConfig) -> None:
    """Connect to Slack over Socket Mode (SLACK_APP_TOKEN) and serve until stopped."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    factory = store(config.database_url, migrate=True)
    handler = SocketModeHandler(create_app(config, factory), config.app_token)
    # One process and no fork: the scheduler's threads share the app's store.
    scheduler = start_scheduler(config, factory)
    # SIGTERM ends the wait below like Ctrl-C does, so the scheduler is stopped cleanly.
    signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        handler.start()  # type: ignore[no-untyped-call]
    finally:
        scheduler.stop()
        handler.close()  # type: ignore[no-untyped-call]
