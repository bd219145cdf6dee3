"""The running sandbox: its database, the real app, the stand-in, the scheduler, one local port."""

from __future__ import annotations

import logging
import secrets
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.app import create_app
from bot.config import BotConfig
from bot.scheduler.service import SchedulerHandle, start_scheduler
from bot.wsgi import SlackWsgiApp
from sandbox import people
from sandbox.interactions import Interactions
from sandbox.modal_actions import ModalActions
from sandbox.page_api import PageApi
from sandbox.report_now import post_report_now
from sandbox.seed import is_seeded, seed
from sandbox.signed import SignedSender
from sandbox.state import SandboxState
from sandbox.web import SandboxWeb
from slackkit.tokens import SingleToken
from storage.bootstrap import open_store

# Loopback only, whatever MMBOT_HOST says: the sandbox has no authentication of its own.
HOST = "127.0.0.1"
DATABASE_FILE = "mmbot-sandbox.db"
logger = logging.getLogger(__name__)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    # The page, the app and the stand-in call each other: requests must not queue behind one another.
    request_queue_size = 64


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        logger.debug(format, *args)


def database_path(directory: Path) -> Path:
    """Where the sandbox keeps its data: a SQLite file of its own in `directory`."""
    return directory / DATABASE_FILE


def reset(directory: Path) -> list[Path]:
    """Delete the sandbox database (and SQLite's side files); the paths deleted."""
    base = database_path(directory)
    removed = []
    for path in (base, base.with_name(base.name + "-wal"), base.with_name(base.name + "-shm")):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


class Sandbox:
    """Binds 127.0.0.1:`port` (0 picks a free one) at once; `serve_forever` runs it."""

    def __init__(self, *, port: int, directory: Path) -> None:
        self.state = SandboxState()
        self._server = make_server(
            HOST, port, _placeholder, server_class=_ThreadingServer, handler_class=_QuietHandler
        )
        self.port = int(self._server.server_port)
        self.url = f"http://{HOST}:{self.port}"
        self.config = BotConfig(
            bot_token="xoxb-sandbox-" + secrets.token_hex(12),
            signing_secret=secrets.token_hex(16),
            slack_api_url=f"{self.url}/api/",
            database_url=f"sqlite:///{database_path(directory)}",
            admin_group=people.ADMIN_GROUP_ID,
            port=self.port,
        )
        factory = open_store(self.config.database_url)
        self.seeded_now = not is_seeded(factory)
        if self.seeded_now:
            seed(factory)
        app = SignedSender(self.url + "/slack/events", str(self.config.signing_secret))
        page = PageApi(
            self.state,
            Interactions(self.state, app, self.url),
            ModalActions(self.state, app),
            lambda: post_report_now(self.config, factory),
        )
        self._server.set_app(
            SandboxWeb(
                state=self.state,
                page=page,
                slack_app=SlackWsgiApp(create_app(self.config, factory)),
                bot_token=str(self.config.bot_token),
                allowed_hosts=lambda: frozenset({f"{HOST}:{self.port}", f"localhost:{self.port}"}),
            )
        )
        self.factory = factory
        self.scheduler: SchedulerHandle | None = None

    def serve_forever(self) -> None:
        """Serve until `shutdown()` (or Ctrl-C); the report scheduler runs meanwhile."""
        tokens = SingleToken(str(self.config.bot_token))
        self.scheduler = start_scheduler(self.config, self.factory, tokens)
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self.scheduler.stop()
            self.close()

    def start_in_thread(self) -> threading.Thread:
        """Serve on a daemon thread (tests, screenshots); stop with `shutdown()`."""
        thread = threading.Thread(target=self.serve_forever, name="sandbox", daemon=True)
        thread.start()
        return thread

    def shutdown(self) -> None:
        """Stop `serve_forever` (from another thread)."""
        self._server.shutdown()

    def close(self) -> None:
        """Release the port and the database (after serving, or instead of it)."""
        self._server.server_close()
        self.factory.engine.dispose()


def _placeholder(_environ: Any, start_response: Any) -> list[bytes]:
    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b"starting\n"]
