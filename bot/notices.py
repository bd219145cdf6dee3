"""Change notices: one short line in the workspace's audit channel after a successful change."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.views.text import escape
from domain.commands.replies import Reply
from domain.workspace import Workspace

logger = logging.getLogger("mmbot.bot.notices")


def post_change_notice(client: WebClient, workspace: Workspace, reply: Reply) -> bool:
    """Post `reply.notice` to the audit channel if both are set; True if it was posted.

    A failed post is logged, not raised: the change itself has already been committed.
    """
    if not reply.notice or not workspace.audit_channel:
        return False
    try:
        client.chat_postMessage(
            channel=workspace.audit_channel, text=escape(reply.notice), unfurl_links=False
        )
    except SlackApiError as error:
        logger.warning(
            "could not post a change notice to %s: %s",
            workspace.audit_channel,
            error.response.get("error"),
        )
        return False
    return True
