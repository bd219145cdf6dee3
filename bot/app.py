"""The Bolt app, built by a factory: nothing happens at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Installation
from sqlalchemy import Engine

from bot.admins import AdminDirectory, AdminRule
from bot.config import BotConfig
from bot.deps import Deps, caller_of
from bot.errors import handle_error
from bot.forms.changes import require_admin
from bot.installations import oauth_settings
from bot.listeners import actions, commands, events, options, views
from bot.slack_client import make_web_client
from bot.store import AppStore
from bot.tenancy import EnterpriseLinks, admin_rules, refuse_without_workspace, register_uninstall
from bot.tokens import installed_tokens
from bot.transfer import listeners as transfer_listeners
from domain.commands import model as m
from domain.messages import t
from domain.services.workspaces import ensure_workspace

LISTENER_PACKAGES = (commands, actions, views, events, options)


def _import_admin_check(deps: Deps) -> Callable[[dict[str, Any], WebClient], None]:
    def check(body: dict[str, Any], client: WebClient) -> None:
        require_admin(deps, client, caller_of(body), m.OpenImportForm())

    return check


def create_app(config: BotConfig, factory: AppStore, engine: Engine | None = None) -> App:
    """An App whose client is pointed at SLACK_API_URL, verifying every request's signature.

    With SLACK_BOT_TOKEN it serves one workspace; with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET
    instead it is installed through OAuth in many, each with its own token (`engine` is
    then the database of the installations).
    """
    client = make_web_client(config.bot_token, config.slack_api_url)
    common: dict[str, Any] = {
        "client": client,
        "signing_secret": config.signing_secret,
        "request_verification_enabled": True,
        "before_authorize": refuse_without_workspace,
        "logger": logging.getLogger("mmbot.bolt"),
    }
    if config.oauth_enabled:
        assert engine is not None, "OAuth mode keeps its installations in the database"
        tokens = installed_tokens(config, engine)

        def installed(installation: Installation) -> None:
            if installation.team_id and not installation.is_enterprise_install:
                ensure_workspace(factory, installation.team_id)

        app = App(
            **common,
            oauth_settings=oauth_settings(config, engine, client, tokens, installed),
            user_facing_authorize_error_message=t("slack.not_installed"),
        )
        app.middleware(EnterpriseLinks(tokens.records).middleware)
        register_uninstall(app, tokens.records)
        defaults = AdminRule()  # environment admins would be admins in every workspace
    else:
        # Start-up must not call auth.test: the first request does, lazily.
        app = App(**common, token_verification_enabled=False)
        defaults = AdminRule(config.admin_users, config.admin_group)
    deps = Deps(
        config=config, factory=factory, admins=AdminDirectory(admin_rules(defaults, factory))
    )
    for package in LISTENER_PACKAGES:
        package.register(app, deps)
    transfer_listeners.register(app, factory, _import_admin_check(deps))
    app.error(handle_error)
    return app
