"""The Bolt app, built by a factory: nothing happens at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.admins import AdminDirectory
from bot.config import BotConfig
from bot.deps import Deps, caller_of
from bot.errors import handle_error
from bot.forms.changes import require_admin
from bot.language import speaking_to
from bot.listeners import actions, commands, events, options, views
from bot.slack_client import make_web_client
from bot.store import AppStore
from bot.transfer import listeners as transfer_listeners
from domain.commands import model as m

LISTENER_PACKAGES = (commands, actions, views, events, options)


def _import_admin_check(deps: Deps) -> Callable[[dict[str, Any], WebClient], None]:
    def check(body: dict[str, Any], client: WebClient) -> None:
        require_admin(deps, client, caller_of(body), m.OpenImportForm())

    return check


def _errors_for(deps: Deps) -> Callable[..., BoltResponse | None]:
    """The one error handler, speaking the language of the user who sent the request."""

    def handle(
        error: Exception,
        body: dict[str, Any],
        client: WebClient,
        respond: Respond | None,
        response: BoltResponse | None,
    ) -> BoltResponse | None:
        with speaking_to(deps, client, body):
            return handle_error(error, body, client, respond, response)

    return handle


def create_app(config: BotConfig, factory: AppStore) -> App:
    """An App whose client is pointed at SLACK_API_URL, verifying every request's signature."""
    app = App(
        client=make_web_client(config.bot_token, config.slack_api_url),
        signing_secret=config.signing_secret,
        request_verification_enabled=True,
        # Start-up must not call auth.test: the first request does, lazily.
        token_verification_enabled=False,
        logger=logging.getLogger("mmbot.bolt"),
    )
    deps = Deps(
        config=config,
        factory=factory,
        admins=AdminDirectory(config.admin_users, config.admin_group),
    )
    for package in LISTENER_PACKAGES:
        package.register(app, deps)
    transfer_listeners.register(
        app,
        factory,
        _import_admin_check(deps),
        lambda body, client: speaking_to(deps, client, body),
    )
    app.error(_errors_for(deps))
    return app
