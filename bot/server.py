"""Running the app: gunicorn (gthread workers) over HTTP, or Socket Mode."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from gunicorn.app.base import BaseApplication

from bot.app import create_app
from bot.config import BotConfig
from bot.wsgi import SlackWsgiApp
from storage.bootstrap import open_store

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
        return SlackWsgiApp(create_app(self.bot_config, open_store(self.bot_config.database_url)))


def serve_http(config: BotConfig) -> None:
    """Migrate once in the master, then serve with gunicorn until stopped."""
    open_store(config.database_url).engine.dispose()
    SlackServer(config, gunicorn_options(config)).run()


def serve_socket_mode(config: BotConfig) -> None:
    """Connect to Slack over Socket Mode (SLACK_APP_TOKEN) and serve until stopped."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = create_app(config, open_store(config.database_url))
    SocketModeHandler(app, config.app_token).start()  # type: ignore[no-untyped-call]
