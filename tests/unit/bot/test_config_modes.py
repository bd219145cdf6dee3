"""The configuration picks one mode: one workspace's token, or OAuth for many workspaces."""

from __future__ import annotations

from bot.config import BotConfig

OAUTH = {
    "SLACK_CLIENT_ID": "1111.2222",
    "SLACK_CLIENT_SECRET": "cl1ent-secr3t",
    "SLACK_SIGNING_SECRET": "x",
}


def test_client_id_and_secret_without_a_bot_token_is_oauth_mode_and_enough_for_http() -> None:
    config = BotConfig.from_env(OAUTH)
    assert config.oauth_enabled
    assert config.missing_for_http() == []
    assert "cl1ent-secr3t" not in repr(config)


def test_a_bot_token_means_one_workspace_even_with_oauth_credentials() -> None:
    config = BotConfig.from_env({**OAUTH, "SLACK_BOT_TOKEN": "xoxb-1"})
    assert not config.oauth_enabled


def test_half_the_oauth_credentials_is_no_mode_and_http_names_the_token() -> None:
    config = BotConfig.from_env({"SLACK_CLIENT_ID": "1111.2222", "SLACK_SIGNING_SECRET": "x"})
    assert not config.oauth_enabled
    assert config.missing_for_http() == ["SLACK_BOT_TOKEN"]
