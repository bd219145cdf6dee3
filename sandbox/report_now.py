"""The page's 'post the report now' control: what `mmbot report --now` does, into the sandbox."""

from __future__ import annotations

from bot.config import BotConfig
from bot.scheduler.posting import PostFailed, post_message
from bot.slack_client import make_web_client
from bot.views.report import report_message
from domain.commands.execute import prepare_workspace
from domain.messages import t
from domain.ports import UnitOfWorkFactory
from domain.services.report import build_report
from domain.services.workspaces import current
from sandbox import people


def post_report_now(config: BotConfig, factory: UnitOfWorkFactory) -> str:
    """Post the report to the workspace's report channel; the sentence that says what happened."""
    prepare_workspace(factory, people.WORKSPACE_ID)
    with factory(people.WORKSPACE_ID, write=False) as uow:
        workspace, report = current(uow), build_report(uow)
    if not workspace.report_channel:
        return t("report.cli_no_channel", workspace=people.WORKSPACE_ID)
    client = make_web_client(config.bot_token, config.slack_api_url)
    try:
        post_message(client, workspace.report_channel, report_message(report), attempts=1)
    except PostFailed as error:
        return t("report.cli_post_failed", channel=workspace.report_channel, error=error)
    return t("report.cli_posted", workspace=people.WORKSPACE_ID, channel=workspace.report_channel)
