"""The Bolt app, built by a factory: nothing happens at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.admin_check import SlackAdminCheck
from bot.admins import AdminDirectory
from bot.background import Background
from bot.config import BotConfig
from bot.deps import Deps
from bot.errors import handle_error
from bot.home_viewers import HomeRefresher, HomeViewers
from bot.language import caller_for, in_own_language
from bot.listeners import actions, commands, events, options, views
from bot.listeners.events.app_home import publish_home
from bot.notify import AfterTheAnswer
from bot.store import AppStore
from bot.transfer import listeners as transfer_listeners
from domain.application import Application
from slackkit.client import make_web_client
from slackkit.notifier import SlackNotifier

LISTENER_PACKAGES = (commands, actions, views, events, options, transfer_listeners)


def create_app(config: BotConfig, factory: AppStore) -> App:
    """An App whose client is pointed at SLACK_API_URL, verifying every request's signature."""
    client = make_web_client(config.bot_token, config.slack_api_url)
    app = App(
        client=client,
        signing_secret=config.signing_secret,
        request_verification_enabled=True,
        # Start-up must not call auth.test: the first request does, lazily.
        token_verification_enabled=False,
        logger=logging.getLogger("mmbot.bolt"),
    )
    background = Background()
    admins = SlackAdminCheck(AdminDirectory(config.admin_users, config.admin_group), client)
    viewers = HomeViewers()
    refresher = HomeRefresher(SlackNotifier(client, factory), viewers)
    application = Application(factory, admins, AfterTheAnswer(refresher, background))
    deps = Deps(config=config, app=application, background=background, home_viewers=viewers)
    # Refreshed on the pool after the answer, so asking Slack for a locale is allowed; the
    # viewer's language is read again, as they may have changed it since opening the tab.
    refresher.bind(
        lambda viewer: publish_home(
            application, client, in_own_language(deps, viewer, client, ask_slack=True)
        )
    )
    for package in LISTENER_PACKAGES:
        package.register(app, deps)
    app.error(_errors_for(deps))
    return app


def _errors_for(deps: Deps) -> Callable[..., BoltResponse | None]:
    """The one error handler, answering in the language of the user who sent the request."""

    def handle(
        error: Exception,
        body: dict[str, Any],
        client: WebClient,
        respond: Respond | None,
        response: BoltResponse | None,
    ) -> BoltResponse | None:
        lang = caller_for(deps, body).lang
        return handle_error(error, body, client, respond, response, lang=lang)

    return handle
