"""What the Slack side needs, as plain values taken from `config.settings.Settings` (SPEC §5)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import SecretStr

from config.settings import (
    DEFAULT_DATABASE_URL,
    DEFAULT_PORT,
    DEFAULT_SLACK_API_URL,
    Settings,
)


@dataclass(frozen=True)
class BotConfig:
    """Everything the Slack side needs; secrets are kept out of `repr`."""

    bot_token: str | None = field(default=None, repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    slack_api_url: str = DEFAULT_SLACK_API_URL
    database_url: str = DEFAULT_DATABASE_URL
    admin_users: frozenset[str] = frozenset()
    admin_group: str | None = None
    port: int = DEFAULT_PORT

    @classmethod
    def from_settings(cls, settings: Settings) -> BotConfig:
        """The bot's part of the settings, secrets unwrapped."""
        return cls(
            bot_token=_plain(settings.slack_bot_token),
            signing_secret=_plain(settings.slack_signing_secret),
            app_token=_plain(settings.slack_app_token),
            slack_api_url=settings.slack_api_url,
            database_url=settings.database_url,
            admin_users=settings.admin_users,
            admin_group=settings.admin_group,
            port=settings.port,
        )

    def missing_for_http(self) -> list[str]:
        """Names of the variables HTTP mode needs but does not have."""
        return [
            name
            for name, value in (
                ("SLACK_BOT_TOKEN", self.bot_token),
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


def _plain(secret: SecretStr | None) -> str | None:
    return secret.get_secret_value() if secret is not None else None
