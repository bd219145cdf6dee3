"""Change notices: one short line in the workspace's audit channel after a successful change.

The one implementation for Slack and the CLI. The change is committed before its notice
is posted, so a notice that cannot be posted is reported, never raised.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slackkit.metadata import notice_metadata

logger = logging.getLogger("mmbot.slackkit.notices")


@dataclass(frozen=True)
class NoticeFailed:
    """The notice for a committed change was not posted, and why."""

    channel: str
    reason: str


def post_change_notice(
    client: WebClient, channel: str, text: str, *, workspace_id: str | None = None
) -> NoticeFailed | None:
    """Post a rendered notice (mrkdwn) to the audit channel; what went wrong, if anything.

    With `workspace_id`, the notice carries message metadata naming the workspace.
    """
    metadata = None if workspace_id is None else notice_metadata(workspace_id)
    try:
        client.chat_postMessage(channel=channel, text=text, metadata=metadata, unfurl_links=False)
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
