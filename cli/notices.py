"""Change notices for changes made from the CLI, posted like those made in Slack."""

from __future__ import annotations

import sys

from bot.config import BotConfig
from bot.scheduler.posting import PostFailed, post_message
from bot.slack_client import make_web_client
from bot.views.report import SlackMessage
from domain.commands.replies import Reply
from domain.messages import t
from domain.ports import UnitOfWorkFactory
from domain.services.workspaces import current


def post_change_notice(
    factory: UnitOfWorkFactory, workspace_id: str, reply: Reply, config: BotConfig
) -> None:
    """Post the reply's notice to the audit channel when there is one and a bot token is set.

    The change is already committed, so a failed post is reported but does not fail the command.
    """
    if reply.notice is None or not config.bot_token:
        return
    with factory(workspace_id, write=False) as uow:
        channel = current(uow).audit_channel
    if not channel:
        return
    client = make_web_client(config.bot_token, config.slack_api_url)
    try:
        post_message(client, channel, SlackMessage(text=reply.notice, blocks=[]))
    except PostFailed as error:
        print(t("notice.cli_failed", channel=channel, error=error), file=sys.stderr)
