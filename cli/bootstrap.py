"""The CLI's composition root: the store, the application entry and its notifier, once."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from cli.config import choose_workspace, local_actor, settle_language
from domain.application import Application, Caller, Notifier
from domain.application.ports import NoNotifier
from domain.messages import Translator
from slackkit.client import make_web_client
from slackkit.notifier import SlackNotifier
from storage.bootstrap import open_store

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
    """SLACK_BOT_TOKEN, if set: without it the CLI works offline and posts nothing."""
    return os.environ.get("SLACK_BOT_TOKEN") or None


def start(args: argparse.Namespace) -> Session:
    """Open the store (migrated), choose the workspace, and wire the application."""
    factory = open_store()
    workspace = choose_workspace(factory, getattr(args, "workspace", None))
    token = bot_token()
    notifier: Notifier = NoNotifier()
    if token:
        api_url = os.environ.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL
        notifier = SlackNotifier(make_web_client(token, api_url), factory)
    app = Application(factory, NoSlackUsers(), notifier)
    lang = settle_language(args, factory, workspace)
    caller = Caller(workspace, local_actor(getattr(args, "actor", None)), lang)
    return Session(app, caller, Translator(lang))
