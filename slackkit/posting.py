"""Posting a report (with its metadata) and finding it again in the channel's history.

Nothing here repeats a post: the client's one retry policy (bot/slack_client.py) repeats
only calls that provably did nothing, and a failure says whether a post may have
happened (`PostFailed.maybe_sent`), so the run can look in the history before trying again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from slack_sdk import WebClient

from domain.report_runs import PostMark
from slackkit.client import Delivery, classify
from slackkit.message import Message
from slackkit.metadata import carries_mark, report_metadata

logger = logging.getLogger(__name__)

# One search reads at most this many pages of this many messages, newest first, from a
# little before the first attempt began; a report channel rarely holds more.
HISTORY_PAGE_SIZE = 100
HISTORY_MAX_PAGES = 3
HISTORY_MARGIN = timedelta(minutes=5)
# conversations.history is a Tier 3 method (about 50 calls a minute per workspace):
# searches happen only before a second attempt, and never more than this per workspace.
HISTORY_READS_PER_MINUTE = 10


class PostFailed(Exception):
    """The message may not have been posted; `maybe_sent` says whether Slack may have it."""

    def __init__(
        self,
        reason: str,
        *,
        maybe_sent: bool,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(reason)
        self.maybe_sent = maybe_sent
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """True for failures that a later attempt at once may cure (rate limits, outages)."""
        return self.maybe_sent or self.retry_after is not None


class HistoryUnavailable(Exception):
    """The channel's history could not be read (or the read budget is spent): do not post."""


def post_message(
    client: WebClient,
    channel: str,
    message: Message,
    *,
    metadata: dict[str, Any] | None = None,
) -> str:
    """Post once (the client may repeat only a call that did nothing); the message ts."""
    try:
        response = client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks or None,
            metadata=metadata,
            unfurl_links=False,
        )
    except Exception as error:  # SlackApiError, and every network error urllib raises
        failure = classify(error)
        raise PostFailed(
            failure.reason,
            maybe_sent=failure.delivery is Delivery.UNKNOWN,
            retry_after=failure.retry_after,
        ) from error
    return str(response["ts"])


class ReadBudget:
    """At most `per_minute` history reads per workspace in any sliding minute, thread-safe."""

    def __init__(
        self,
        per_minute: int = HISTORY_READS_PER_MINUTE,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._reads: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def take(self, workspace_id: str) -> bool:
        """Spend one read for the workspace, or False if its minute's budget is used up."""
        with self._lock:
            now = self.clock()
            recent = [at for at in self._reads.get(workspace_id, []) if now - at < 60.0]
            if len(recent) >= self.per_minute:
                self._reads[workspace_id] = recent
                return False
            self._reads[workspace_id] = [*recent, now]
            return True


class ReportPoster(Protocol):
    """The report's way out: post with its mark, and find a post with that mark."""

    def post(self, channel: str, message: Message, mark: PostMark) -> str:
        """Post once; the message ts, or PostFailed."""
        ...

    def find(self, channel: str, mark: PostMark, *, since: datetime) -> str | None:
        """The ts of a post carrying `mark` since `since`, None if there is none; or HistoryUnavailable."""
        ...


class SlackReportPoster:
    """A ReportPoster on the Web API."""

    def __init__(self, client: WebClient, budget: ReadBudget | None = None) -> None:
        self.client = client
        self.budget = budget or ReadBudget()

    def post(self, channel: str, message: Message, mark: PostMark) -> str:
        """Post the report with its metadata."""
        return post_message(self.client, channel, message, metadata=report_metadata(mark))

    def find(self, channel: str, mark: PostMark, *, since: datetime) -> str | None:
        """Search the channel's recent history for a message with the run's metadata."""
        oldest = f"{(since - HISTORY_MARGIN).timestamp():.6f}"
        cursor: str | None = None
        for _ in range(HISTORY_MAX_PAGES):
            if not self.budget.take(mark.workspace_id):
                raise HistoryUnavailable("history read budget spent for this minute")
            page = self._page(channel, oldest, cursor)
            for item in page.get("messages") or []:
                if carries_mark(item.get("metadata"), mark):
                    return str(item["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not page.get("has_more") or cursor is None:
                return None
        raise HistoryUnavailable(f"more than {HISTORY_MAX_PAGES} pages since the first attempt")

    def _page(self, channel: str, oldest: str, cursor: str | None) -> dict[str, Any]:
        try:
            response = self.client.conversations_history(
                channel=channel,
                oldest=oldest,
                include_all_metadata=True,
                limit=HISTORY_PAGE_SIZE,
                cursor=cursor,
            )
        except Exception as error:
            raise HistoryUnavailable(classify(error).reason) from error
        return dict(response.data) if isinstance(response.data, dict) else {}
