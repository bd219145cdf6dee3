"""The Bolt app, built by a factory: nothing happens at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Installation

from bot.admin_check import SlackAdminCheck
from bot.admins import AdminDirectory, AdminRule
from bot.background import Background
from bot.config import BotConfig
from bot.deps import Deps
from bot.errors import handle_error
from bot.home_viewers import HomeRefresher, HomeViewers
from bot.identity import BotIdentity
from bot.installations import InstallationParts
from bot.language import caller_for, in_own_language
from bot.listeners import actions, commands, events, options, views
from bot.listeners.events.app_home import publish_home
from bot.notify import AfterTheAnswer
from bot.oauth_flow import oauth_settings
from bot.request_checks import RefuseMalformed
from bot.store import AppStore
from bot.tenancy import EnterpriseLinks, admin_rules, register_uninstall
from bot.transfer import listeners as transfer_listeners
from domain.application import Application, Caller
from domain.messages import DEFAULT_LANGUAGE, t
from domain.services.workspaces import ensure_workspace
from slackkit.client import make_web_client
from slackkit.notifier import SlackNotifier
from slackkit.tokens import SingleToken, TokenSource, WorkspaceClients, installed_tokens

LISTENER_PACKAGES = (commands, actions, views, events, options, transfer_listeners)


def create_app(
    config: BotConfig,
    factory: AppStore,
    installs: InstallationParts | None = None,
    background: Background | None = None,
) -> App:
    """An App whose client is pointed at SLACK_API_URL, verifying every request's signature.

    With SLACK_BOT_TOKEN it serves one workspace; with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET
    instead it is installed through OAuth in many, each with its own token (`installs`: the
    database of the installations, from the composition root). `background` is the pool of
    the work after the acks (the server drains it on a graceful stop).
    """
    # Bolt's own client holds no token: in every mode an `authorize` gives each request its
    # token (the one token here, an installation's with OAuth). Given one, Bolt drops it
    # and warns at start that it "will be ignored", which read as if the token were unused.
    client = make_web_client(None, config.slack_api_url)
    common: dict[str, Any] = {
        "client": client,
        "signing_secret": config.signing_secret,
        "request_verification_enabled": True,
        # The signature is verified by then: a malformed or team-less payload is a 400.
        "before_authorize": RefuseMalformed(),
        "logger": logging.getLogger("mmbot.bolt"),
        # Listeners run on the request thread and the response is their ack. Every listener
        # acks within its budget and leaves slow work to the bot's pool (bot/after_ack.py),
        # so nothing is gained by Bolt's other mode, which runs the listener on a pool of its
        # own while the request thread polls for the ack every 10 ms: a thread hand-off and
        # up to 10 ms per request (400 `effective` one after another: 5.5 s -> 1.6 s).
        "process_before_response": True,
    }
    tokens: TokenSource | None
    if config.oauth_enabled:
        assert installs is not None, "OAuth mode keeps its installations in the database"
        assert config.client_id
        assert config.client_secret
        installed = installed_tokens(
            installs.records, config.client_id, config.client_secret, config.slack_api_url
        )

        def on_installed(installation: Installation) -> None:
            if installation.team_id and not installation.is_enterprise_install:
                ensure_workspace(factory, installation.team_id)

        app = App(
            **common,
            oauth_settings=oauth_settings(config, installs, client, installed, on_installed),
            user_facing_authorize_error_message=t(DEFAULT_LANGUAGE, "slack.not_installed"),
        )
        app.middleware(EnterpriseLinks(installs.records).middleware)
        register_uninstall(app, installs.records)
        tokens = installed
        defaults = AdminRule()  # environment admins would be admins in every workspace
    else:
        # Start-up must not call auth.test, nor may any request wait for it (bot/identity.py).
        if config.bot_token:
            identity = BotIdentity(client, config.bot_token)
            app = App(**common, authorize=identity.bolt_authorize())
        else:
            app = App(**common, token_verification_enabled=False)
        tokens = SingleToken(config.bot_token) if config.bot_token else None
        defaults = AdminRule(config.admin_users, config.admin_group)
    clients = WorkspaceClients(tokens, config.slack_api_url)
    background = background or Background()
    admins = SlackAdminCheck(AdminDirectory(admin_rules(defaults, factory)), clients)
    viewers = HomeViewers()
    refresher = HomeRefresher(SlackNotifier(clients, factory), viewers)
    application = Application(factory, admins, AfterTheAnswer(refresher, background))

    deps = Deps(config=config, app=application, background=background, home_viewers=viewers)

    def refresh(viewer: Caller) -> None:
        # Each workspace's App Home is published with that workspace's own token. It runs on
        # the pool after the answer, so asking Slack for a locale is allowed; the viewer's
        # language is read again, as they may have changed it since opening the tab.
        client = clients.for_workspace(viewer.workspace_id)
        if client is not None:
            publish_home(application, client, in_own_language(deps, viewer, client, ask_slack=True))

    refresher.bind(refresh)
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
        try:
            lang = caller_for(deps, body).lang
        except Exception:
            # Answering comes first: an unknown language is no reason to leave Slack waiting.
            lang = DEFAULT_LANGUAGE
        return handle_error(error, body, client, respond, response, lang=lang)

    return handle
