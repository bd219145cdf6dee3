"""Change notices: one short line in the workspace's audit channel after a successful change.

The one implementation for Slack and the CLI. The change is committed before its notice
is posted, so a notice that cannot be posted is reported, never raised.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.message_metadata import notice_metadata
from bot.views.text import escape
from domain.commands.replies import Reply
from domain.workspace import Workspace

logger = logging.getLogger("mmbot.bot.notices")


@dataclass(frozen=True)
class NoticeFailed:
    """The notice for a committed change was not posted, and why."""

    channel: str
    reason: str


def post_change_notice(
    client: WebClient, workspace: Workspace, reply: Reply
) -> NoticeFailed | None:
    """Post `reply.notice` to the audit channel if both are set; what went wrong, if anything."""
    if not reply.notice or not workspace.audit_channel:
        return None
    channel = workspace.audit_channel
    try:
        client.chat_postMessage(
            channel=channel,
            text=escape(reply.notice),
            metadata=notice_metadata(workspace.id),
            unfurl_links=False,
        )
    except SlackApiError as error:
        failed = NoticeFailed(
            channel, str(error.response.get("error") or error.response.status_code)
        )
    except Exception as error:  # network, timeouts: the change stands whatever happened here
        failed = NoticeFailed(channel, str(error) or type(error).__name__)
    else:
        return None
    logger.warning("could not post a change notice to %s: %s", failed.channel, failed.reason)
    return failed
