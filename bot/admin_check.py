"""The bot's side of the application's admin-check port: Slack says who is an administrator."""

from __future__ import annotations

from bot.admins import AdminDirectory
from slackkit.tokens import WorkspaceClients


class SlackAdminCheck:
    """Asks the admin directory, speaking to Slack with the workspace's own token."""

    def __init__(self, directory: AdminDirectory, clients: WorkspaceClients) -> None:
        self._directory = directory
        self._clients = clients

    def is_admin(self, workspace_id: str, user_id: str) -> bool:
        """True for the workspace's admins and owners, its configured users and user group.

        Raises AdminCheckUnavailable when Slack does not answer (never a false "no").
        """
        client = self._clients.for_workspace(workspace_id)
        if client is None:
            return False  # not installed there: no one acts in it through Slack
        return self._directory.is_admin(client, workspace_id, user_id)

    def forget_user(self, user_id: str) -> None:
        """Slack says the user changed: their role is asked for again at their next request."""
        self._directory.forget_user(user_id)
