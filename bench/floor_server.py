"""The framework's floors, served by the same gunicorn settings and request verification as
`mmbot serve`: a bare Bolt app whose /mmprofile listener acks a constant (the constant
floor) or, with `--sql`, answers `effective`, `show`, `usage` and `list` with one
hand-written SQL query each and a plain text ack (the SQL floor, `bench/sql_answers.py`).

`python -m bench.floor_server [--sql]` reads the same environment as `mmbot serve`.
"""

from __future__ import annotations

import argparse
import logging
import threading
from typing import Any

from slack_bolt import Ack, App

from bench.sql_answers import SqlAnswers, connect
from bot.config import BotConfig
from bot.ids import COMMAND
from bot.server import SlackServer, gunicorn_options
from bot.wsgi import SlackWsgiApp
from config.settings import load_settings
from slackkit.client import make_web_client


def _bare_app(config: BotConfig) -> App:
    # Built like bot.app.create_app: the same client, verification and logger.
    return App(
        client=make_web_client(config.bot_token, config.slack_api_url),
        signing_secret=config.signing_secret,
        request_verification_enabled=True,
        token_verification_enabled=False,
        logger=logging.getLogger("mmbot.bolt"),
    )


def floor_app(config: BotConfig) -> App:
    """An App built like bot.app.create_app, with one listener that only acks."""
    app = _bare_app(config)

    @app.command(COMMAND)
    def constant(ack: Ack) -> None:
        ack("ok")

    return app


def sql_floor_app(config: BotConfig) -> App:
    """The same App whose listener answers each read command with one SQL query, in the ack."""
    app = _bare_app(config)
    # One DB-API connection per server thread, opened on its first request.
    local = threading.local()

    def answers() -> SqlAnswers:
        found: SqlAnswers | None = getattr(local, "answers", None)
        if found is None:
            connection, pyformat = connect(config.database_url or "")
            found = local.answers = SqlAnswers(connection, pyformat=pyformat)
        return found

    @app.command(COMMAND)
    def answer(ack: Ack, body: dict[str, Any]) -> None:
        workspace_id = str(body.get("team_id") or "")
        text = answers().answer(workspace_id, str(body.get("text") or ""))
        ack(response_type="ephemeral", text=text)

    return app


class FloorServer(SlackServer):
    """SlackServer serving a bare app instead of mmbot's."""

    sql = False

    def load(self) -> SlackWsgiApp:
        build = sql_floor_app if self.sql else floor_app
        return SlackWsgiApp(build(self.bot_config))


def main() -> None:
    """Serve the floor app until stopped."""
    parser = argparse.ArgumentParser(prog="python -m bench.floor_server", description=__doc__)
    parser.add_argument("--sql", action="store_true", help="answer with one SQL query each")
    args = parser.parse_args()
    settings = load_settings()
    server = FloorServer(BotConfig.from_settings(settings), gunicorn_options(settings))
    server.sql = args.sql
    server.run()


if __name__ == "__main__":
    main()
