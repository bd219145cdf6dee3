"""The CLI's composition root: the store, the application entry and its notifier, once."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from cli.config import choose_workspace, language, local_actor
from domain.application import Application, Caller, Notifier
from domain.application.ports import NoNotifier
from domain.messages import Translator
from slackkit.notifier import SlackNotifier
from slackkit.tokens import SingleToken, TokenSource, WorkspaceClients, installed_tokens
from storage.bootstrap import open_store
from storage.installations import InstallationRecords
from storage.uow import SqlUnitOfWorkFactory

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


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


def bot_token() -> str | None:
    """SLACK_BOT_TOKEN, if set: one workspace's token."""
    return os.environ.get("SLACK_BOT_TOKEN") or None


def _oauth_credentials() -> tuple[str, str] | None:
    client_id = os.environ.get("SLACK_CLIENT_ID") or None
    secret = os.environ.get("SLACK_CLIENT_SECRET") or None
    return (client_id, secret) if client_id and secret else None


def slack_configured() -> bool:
    """A bot token, or the OAuth credentials of a distributed app: else the CLI posts nothing."""
    return bool(bot_token() or _oauth_credentials())


def api_url() -> str:
    """SLACK_API_URL, or Slack's."""
    return os.environ.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL


def token_source(factory: SqlUnitOfWorkFactory) -> TokenSource | None:
    """The token port as the server has it: SLACK_BOT_TOKEN, else the stored installations."""
    token = bot_token()
    if token:
        return SingleToken(token)
    credentials = _oauth_credentials()
    if credentials is None:
        return None
    client_id, secret = credentials
    return installed_tokens(
        InstallationRecords(factory.engine, client_id), client_id, secret, api_url()
    )


def start(args: argparse.Namespace) -> Session:
    """Open the store (migrated), choose the workspace, and wire the application."""
    factory = open_store()
    workspace = choose_workspace(factory, getattr(args, "workspace", None))
    tokens = token_source(factory)
    notifier: Notifier = NoNotifier()
    if tokens is not None:
        notifier = SlackNotifier(WorkspaceClients(tokens, api_url()), factory)
    app = Application(factory, NoSlackUsers(), notifier)
    lang = language()
    caller = Caller(workspace, local_actor(getattr(args, "actor", None)), lang)
    return Session(app, caller, Translator(lang))
