"""The scheduler's side of the token port: post with each workspace's own token, and
schedule only the workspaces that have one (an uninstalled workspace's report stops)."""

from __future__ import annotations

from bot.scheduler.runner import Poster
from domain.report_runs import ReportUnitOfWork, ReportUnitOfWorkFactory
from slackkit.client import make_web_client
from slackkit.message import Message
from slackkit.posting import PostFailed, post_message
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


def token_poster(tokens: TokenSource | None, api_url: str) -> Poster:
    """A poster that asks the port for the workspace's token at each post."""

    def post(workspace_id: str, channel: str, message: Message) -> str:
        token = None if tokens is None else tokens.tokens_for(workspace_id)
        if token is None:
            # Uninstalled since the last sync: nothing may reach that workspace.
            raise PostFailed(f"no Slack token for workspace {workspace_id}", retryable=False)
        return post_message(make_web_client(token, api_url), channel, message)

    return post
