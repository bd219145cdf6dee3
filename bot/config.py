"""Bot configuration from the environment (or a `.env` file), SPEC §5."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000


def _split(value: str | None) -> frozenset[str]:
    return frozenset(part.strip() for part in (value or "").split(",") if part.strip())


@dataclass(frozen=True)
class BotConfig:
    """Everything the Slack side needs; secrets are kept out of `repr`."""

    bot_token: str | None = field(default=None, repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    slack_api_url: str = DEFAULT_SLACK_API_URL
    database_url: str | None = None
    admin_users: frozenset[str] = frozenset()
    admin_group: str | None = None
    port: int = DEFAULT_PORT
    # OAuth (distribution to many workspaces); used when SLACK_BOT_TOKEN is not set.
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    redirect_uri: str | None = None

    @property
    def oauth_enabled(self) -> bool:
        """True when the app installs through OAuth: client id and secret set, no single token."""
        return not self.bot_token and bool(self.client_id and self.client_secret)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BotConfig:
        """Read SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL, DATABASE_URL,
        MMBOT_ADMIN_USERS, MMBOT_ADMIN_GROUP, PORT, SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and
        SLACK_REDIRECT_URI."""
        source = os.environ if env is None else env
        api_url = source.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL
        return cls(
            bot_token=source.get("SLACK_BOT_TOKEN") or None,
            signing_secret=source.get("SLACK_SIGNING_SECRET") or None,
            app_token=source.get("SLACK_APP_TOKEN") or None,
            slack_api_url=api_url if api_url.endswith("/") else api_url + "/",
            database_url=source.get("DATABASE_URL") or None,
            admin_users=_split(source.get("MMBOT_ADMIN_USERS")),
            admin_group=(source.get("MMBOT_ADMIN_GROUP") or "").strip() or None,
            port=int(source.get("PORT") or DEFAULT_PORT),
            client_id=source.get("SLACK_CLIENT_ID") or None,
            client_secret=source.get("SLACK_CLIENT_SECRET") or None,
            redirect_uri=source.get("SLACK_REDIRECT_URI") or None,
        )

    def missing_for_http(self) -> list[str]:
        """Names of the variables HTTP mode needs but does not have."""
        return [
            name
            for name, value in (
                # Either one workspace's token or the OAuth credentials of a distributed app.
                ("SLACK_BOT_TOKEN", self.bot_token or self.oauth_enabled),
                ("SLACK_SIGNING_SECRET", self.signing_secret),
            )
            if not value
        ]

    def missing_for_socket_mode(self) -> list[str]:
        """Names of the variables Socket Mode needs but does not have."""
        return [
            name
            for name, value in (
                ("SLACK_BOT_TOKEN", self.bot_token),
                ("SLACK_APP_TOKEN", self.app_token),
            )
            if not value
        ]
