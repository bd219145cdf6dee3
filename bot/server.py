"""Running the app: gunicorn (gthread workers) over HTTP, or Socket Mode."""

from __future__ import annotations

import logging
import os
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

# Every interface by default: in a container the port must be reachable from outside.
DEFAULT_HOST = "0.0.0.0"
DEFAULT_WORKERS = 2
DEFAULT_THREADS = 8
WORKER_TIMEOUT_SECONDS = 30


def gunicorn_options(config: BotConfig, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Bind on MMBOT_HOST:PORT; MMBOT_WORKERS processes of MMBOT_THREADS threads each."""
    source = os.environ if env is None else env
    return {
        "bind": f"{source.get('MMBOT_HOST') or DEFAULT_HOST}:{config.port}",
        "worker_class": "gthread",
        "workers": int(source.get("MMBOT_WORKERS") or DEFAULT_WORKERS),
        "threads": int(source.get("MMBOT_THREADS") or DEFAULT_THREADS),
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


def serve_http(config: BotConfig) -> None:
    """Migrate once in the master, then serve with gunicorn (and the scheduler) until stopped."""
    migrate_store(config.database_url)
    scheduler = SchedulerProcess(logging.getLevelName(logging.getLogger().getEffectiveLevel()))
    SlackServer(config, {**gunicorn_options(config), **scheduler.gunicorn_hooks()}).run()


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
