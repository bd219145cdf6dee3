"""The CLI's composition root: the store, the application entry and its notifier, once."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from cli.config import choose_workspace, local_actor, settings_of, settle_language, store_of
from config.settings import Settings
from domain.application import Application, Caller, Notifier
from domain.application.ports import NoNotifier
from domain.messages import Translator
from slackkit.client import make_web_client
from slackkit.notifier import SlackNotifier


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
    """SLACK_BOT_TOKEN, if set: without it the CLI works offline and posts nothing."""
    token = settings.slack_bot_token
    return token.get_secret_value() if token is not None else None


def start(args: argparse.Namespace) -> Session:
    """Open the store (migrated), choose the workspace, and wire the application."""
    settings = settings_of(args)
    factory = store_of(args)
    workspace = choose_workspace(factory, getattr(args, "workspace", None))
    token = bot_token(settings)
    notifier: Notifier = NoNotifier()
    if token:
        notifier = SlackNotifier(make_web_client(token, settings.slack_api_url), factory)
    app = Application(factory, NoSlackUsers(), notifier)
    lang = settle_language(args, factory, workspace)
    caller = Caller(workspace, local_actor(getattr(args, "actor", None)), lang)
    return Session(app, caller, Translator(lang))
