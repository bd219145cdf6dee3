"""The CLI's composition root: the store, the application entry and its notifier, once."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from cli.config import choose_workspace, local_actor, settings_of, settle_language, store_of
from config.settings import Settings
from domain.application import Application, Caller, Notifier
from domain.application.ports import NoNotifier
from domain.messages import Translator
from slackkit.notifier import SlackNotifier
from slackkit.tokens import SingleToken, TokenSource, WorkspaceClients, installed_tokens
from storage.installations import InstallationRecords
from storage.uow import SqlUnitOfWorkFactory


class NoSlackUsers:
    """The CLI never acts for a Slack user, so no one is an administrator through Slack."""

    def is_admin(self, workspace_id: str, user_id: str) -> bool:  # noqa: ARG002
        return False


@dataclass(frozen=True)
class Session:
    """One CLI invocation: the application, who calls it, and how its answers read."""

    app: Application
    caller: Caller
    tr: Translator

    @property
    def workspace_id(self) -> str:
        return self.caller.workspace_id


def bot_token(settings: Settings) -> str | None:
    """SLACK_BOT_TOKEN, if set: one workspace's token."""
    token = settings.slack_bot_token
    return token.get_secret_value() if token is not None else None


def _oauth_credentials(settings: Settings) -> tuple[str, str] | None:
    client_id = settings.slack_client_id
    secret = settings.slack_client_secret
    if not client_id or secret is None or not secret.get_secret_value():
        return None
    return client_id, secret.get_secret_value()


def slack_configured(settings: Settings) -> bool:
    """A bot token, or the OAuth credentials of a distributed app: else the CLI posts nothing."""
    return bool(bot_token(settings) or _oauth_credentials(settings))


def token_source(settings: Settings, factory: SqlUnitOfWorkFactory) -> TokenSource | None:
    """The token port as the server has it: SLACK_BOT_TOKEN, else the stored installations."""
    token = bot_token(settings)
    if token:
        return SingleToken(token)
    credentials = _oauth_credentials(settings)
    if credentials is None:
        return None
    client_id, secret = credentials
    return installed_tokens(
        InstallationRecords(factory.engine, client_id), client_id, secret, settings.slack_api_url
    )


def application(settings: Settings, factory: SqlUnitOfWorkFactory) -> Application:
    """The application entry as the CLI wires it: notices go to Slack when it has a token."""
    tokens = token_source(settings, factory)
    notifier: Notifier = NoNotifier()
    if tokens is not None:
        notifier = SlackNotifier(WorkspaceClients(tokens, settings.slack_api_url), factory)
    return Application(factory, NoSlackUsers(), notifier)


def start(args: argparse.Namespace) -> Session:
    """Open the store (migrated), choose the workspace, and wire the application."""
    factory = store_of(args)
    workspace = choose_workspace(factory, getattr(args, "workspace", None))
    app = application(settings_of(args), factory)
    lang = settle_language(args, factory, workspace)
    caller = Caller(workspace, local_actor(getattr(args, "actor", None)), lang)
    return Session(app, caller, Translator(lang))
