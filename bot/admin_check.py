"""The bot's side of the application's admin-check port: Slack says who is an administrator."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.admins import AdminDirectory


class SlackAdminCheck:
    """Asks the admin directory with the bot's Web API client."""

    def __init__(self, directory: AdminDirectory, client: WebClient) -> None:
        self._directory = directory
        self._client = client

    def is_admin(self, workspace_id: str, user_id: str) -> bool:  # noqa: ARG002 - one token, one workspace
        """True for workspace admins and owners, configured users and the user group."""
        return self._directory.is_admin(self._client, user_id)
