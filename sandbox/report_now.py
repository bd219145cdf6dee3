"""The page's 'post the report now' control: what `mmbot report --now` does, into the sandbox."""

from __future__ import annotations

from bot.config import BotConfig
from domain.application import Application
from domain.application.store import Store
from domain.commands import model as m
from domain.messages import Translator
from sandbox.seed import SEED_CALLER, NobodyFromSlack
from slackkit.notifier import SlackNotifier
from slackkit.tokens import SingleToken, WorkspaceClients


def post_report_now(config: BotConfig, factory: Store) -> str:
    """Post the report to the workspace's report channel; the sentence that says what happened."""
    clients = WorkspaceClients(SingleToken(str(config.bot_token)), config.slack_api_url)
    application = Application(factory, NobodyFromSlack(), SlackNotifier(clients, factory))
    result = application.handle(m.PostReport(), SEED_CALLER)
    tr = Translator(SEED_CALLER.lang)
    if result.undelivered:
        return " ".join(tr.text(problem.reason) for problem in result.undelivered)
    return result.reply.as_text(tr)
