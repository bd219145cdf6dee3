"""Every environment variable of the bot, the server and the CLI, in one pydantic-settings model.

The real environment wins over a `.env` file in the working directory. `load_settings()`
is the only reader: a bad value becomes one `SettingsError` naming the variable and what
it allows, before any process has touched the database or Slack.
"""

from __future__ import annotations

import logging
import os
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///mmbot.db"
INSTANCE_VARIABLE = "MMBOT_INSTANCE_ID"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000
# Every interface by default: in a container the port must be reachable from outside.
DEFAULT_HOST = "0.0.0.0"
DEFAULT_WORKERS = 2
# A slash command holds its thread until its answer is due (up to 1.5 s, bot/inline_answer.py);
# with fewer threads than connections a request waits that long per request ahead of it,
# past Slack's 3 s (8 gave acks of 6 s at 32 connections; bench/ack_under_load.py).
DEFAULT_THREADS = 32
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MAX_PORT = 65_535
# The catalogue's own language; every other one falls back to it, key by key.
DEFAULT_LANGUAGE = "en"
DATABASE_SCHEMES = frozenset({"sqlite", "postgresql", "postgres"})


class SettingsError(Exception):
    """One setting has a value it does not allow; `key` names the catalogue text."""

    def __init__(self, variable: str, value: str) -> None:
        self.variable = variable
        self.value = value
        self.key = f"settings.invalid.{variable}"
        super().__init__(f"{variable} is not allowed")

    @property
    def params(self) -> dict[str, object]:
        return {"variable": self.variable, "value": self.value}


def _names(value: object) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(part.strip() for part in value.split(",") if part.strip())
    if isinstance(value, list | tuple | set | frozenset):
        return frozenset(str(part).strip() for part in value if str(part).strip())
    return frozenset()


class Settings(BaseSettings):
    """What the environment (or `.env`) says; each field's alias is its variable's name."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # `PORT=` means "not set", as it always did
        extra="ignore",
        case_sensitive=True,
        frozen=True,
    )

    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default=DEFAULT_SLACK_API_URL, alias="SLACK_API_URL")
    # OAuth (distribution to many workspaces); used when SLACK_BOT_TOKEN is not set.
    slack_client_id: str | None = Field(default=None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(default=None, alias="SLACK_CLIENT_SECRET")
    slack_redirect_uri: str | None = Field(default=None, alias="SLACK_REDIRECT_URI")
    database_url: str = Field(default=DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    admin_users: Annotated[frozenset[str], NoDecode] = Field(
        default=frozenset(), alias="MMBOT_ADMIN_USERS"
    )
    admin_group: str | None = Field(default=None, alias="MMBOT_ADMIN_GROUP")
    port: int = Field(default=DEFAULT_PORT, ge=1, le=MAX_PORT, alias="PORT")
    host: str = Field(default=DEFAULT_HOST, min_length=1, alias="MMBOT_HOST")
    workers: int = Field(default=DEFAULT_WORKERS, ge=1, alias="MMBOT_WORKERS")
    threads: int = Field(default=DEFAULT_THREADS, ge=1, alias="MMBOT_THREADS")
    language: str = Field(default=DEFAULT_LANGUAGE, alias="MMBOT_LANG")
    # The report scheduler's timing (seconds): how often it says it is alive, when it counts
    # as dead, how soon it is restarted, how soon settings changed elsewhere are picked up.
    scheduler_heartbeat_seconds: float = Field(
        default=30.0, gt=0, alias="MMBOT_SCHEDULER_HEARTBEAT_SECONDS"
    )
    scheduler_stale_seconds: float = Field(
        default=120.0, gt=0, alias="MMBOT_SCHEDULER_STALE_SECONDS"
    )
    scheduler_restart_seconds: float = Field(
        default=1.0, gt=0, alias="MMBOT_SCHEDULER_RESTART_SECONDS"
    )
    scheduler_sync_seconds: float = Field(default=30.0, gt=0, alias="MMBOT_SCHEDULER_SYNC_SECONDS")
    # Set by `mmbot serve` itself for its workers and scheduler: whose heartbeat /healthz reads.
    instance_id: str | None = Field(default=None, alias=INSTANCE_VARIABLE)

    @field_validator("admin_users", mode="before")
    @classmethod
    def _split_admin_users(cls, value: object) -> frozenset[str]:
        return _names(value)

    @field_validator("admin_group", mode="before")
    @classmethod
    def _group_or_none(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("slack_client_id", "slack_redirect_uri", mode="before")
    @classmethod
    def _stripped_or_none(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("host", mode="before")
    @classmethod
    def _stripped(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @field_validator("slack_api_url", mode="after")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # slack_sdk joins method names onto the base URL, so it must end in a slash.
        return value if value.endswith("/") else value + "/"

    @field_validator("database_url", mode="after")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        # Refused here, before any command runs, rather than as a fault halfway through one.
        scheme = value.split(":", 1)[0].split("+", 1)[0].lower()
        if scheme not in DATABASE_SCHEMES:
            raise ValueError("unsupported database")
        if scheme == "sqlite" and value.partition("///")[2] in {"", ":memory:"}:
            raise ValueError("an in-memory database does not outlive its connection")
        return value


def export_instance_id(value: str) -> None:
    """Hand this serve instance's id to every process it starts or forks from now on."""
    os.environ[INSTANCE_VARIABLE] = value


def load_settings(**overrides: Any) -> Settings:
    """Read the environment and `.env` once; raise SettingsError for the first bad value."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        first = error.errors()[0]
        variable = str(first["loc"][0]) if first["loc"] else "environment"
        raise SettingsError(variable, _shown(first.get("input"))) from None


def _shown(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def log_level(value: str) -> int:
    """The logging level named by `--log-level`; SettingsError unless it is one of LOG_LEVELS."""
    name = value.strip().upper()
    if name not in LOG_LEVELS:
        raise SettingsError("--log-level", value)
    level: int = logging.getLevelName(name)
    return level
