"""The scheduler's side of the token port: each workspace's report goes out with its own token,
and only workspaces with a token are scheduled (an uninstalled workspace's report stops)."""

from __future__ import annotations

from datetime import datetime

from domain.report_runs import PostMark, ReportUnitOfWork, ReportUnitOfWorkFactory
from slackkit.client import make_web_client
from slackkit.message import Message
from slackkit.posting import HistoryUnavailable, PostFailed, ReadBudget, SlackReportPoster
from slackkit.tokens import TokenSource


class InstalledOnly:
    """The store, listing only the workspaces the token port has a token for."""

    def __init__(self, factory: ReportUnitOfWorkFactory, tokens: TokenSource | None) -> None:
        self._factory = factory
        self._tokens = tokens

    def __call__(self, workspace_id: str, *, write: bool = True) -> ReportUnitOfWork:
        return self._factory(workspace_id, write=write)

    def workspace_ids(self) -> list[str]:
        """Workspaces with a token; none at all when no token is configured."""
        tokens = self._tokens
        if tokens is None:
            return []
        return [ws for ws in self._factory.workspace_ids() if tokens.tokens_for(ws) is not None]


class TokenReportPoster:
    """A ReportPoster that asks the port for the workspace's token at every call."""

    def __init__(self, tokens: TokenSource | None, api_url: str, *, max_retry_after: float) -> None:
        self._tokens = tokens
        self._api_url = api_url
        self._max_retry_after = max_retry_after
        self._budget = ReadBudget()

    def post(self, channel: str, message: Message, mark: PostMark) -> str:
        """Post with the workspace's token; PostFailed (nothing sent) when it has none."""
        return self._poster(mark.workspace_id).post(channel, message, mark)

    def find(self, channel: str, mark: PostMark, *, since: datetime) -> str | None:
        """Search with the workspace's token; HistoryUnavailable when it has none."""
        try:
            poster = self._poster(mark.workspace_id)
        except PostFailed as error:
            raise HistoryUnavailable(str(error)) from error
        return poster.find(channel, mark, since=since)

    def _poster(self, workspace_id: str) -> SlackReportPoster:
        token = None if self._tokens is None else self._tokens.tokens_for(workspace_id)
        if token is None:
            # Uninstalled since the last sync: nothing may reach that workspace.
            raise PostFailed(f"no Slack token for workspace {workspace_id}", maybe_sent=False)
        client = make_web_client(token, self._api_url, max_retry_after=self._max_retry_after)
        return SlackReportPoster(client, self._budget)
