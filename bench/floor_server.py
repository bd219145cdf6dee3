"""The framework's floor: a bare Bolt app whose /mmprofile listener acks a constant, served
by the same gunicorn settings and request verification as `mmbot serve`.

`python -m bench.floor_server` reads the same environment as `mmbot serve`.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App

from bot.config import BotConfig
from bot.ids import COMMAND
from bot.server import SlackServer, gunicorn_options
from bot.wsgi import SlackWsgiApp
from config.settings import load_settings
from slackkit.client import make_web_client


def floor_app(config: BotConfig) -> App:
    """An App built like bot.app.create_app, with one listener that only acks."""
    app = App(
        client=make_web_client(config.bot_token, config.slack_api_url),
        signing_secret=config.signing_secret,
        request_verification_enabled=True,
        token_verification_enabled=False,
        logger=logging.getLogger("mmbot.bolt"),
    )

    @app.command(COMMAND)
    def constant(ack: Ack) -> None:
        ack("ok")

    return app


class FloorServer(SlackServer):
    """SlackServer serving the bare app instead of mmbot's."""

    def load(self) -> SlackWsgiApp:
        return SlackWsgiApp(floor_app(self.bot_config))


def main() -> None:
    """Serve the floor app until stopped."""
    settings = load_settings()
    FloorServer(BotConfig.from_settings(settings), gunicorn_options(settings)).run()


if __name__ == "__main__":
    main()
