"""The configuration picks one mode: one workspace's token, or OAuth for many workspaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BotConfig
from config.settings import Settings, load_settings

OAUTH = {
    "SLACK_CLIENT_ID": "1111.2222",
    "SLACK_CLIENT_SECRET": "cl1ent-secr3t",
    "SLACK_SIGNING_SECRET": "x",
}


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Only what a test passes counts: no variable of this machine, no .env of the checkout.
    for field in Settings.model_fields.values():
        monkeypatch.delenv(str(field.alias), raising=False)
    monkeypatch.chdir(tmp_path)


def _config(values: dict[str, str]) -> BotConfig:
    return BotConfig.from_settings(load_settings(**values))


def test_client_id_and_secret_without_a_bot_token_is_oauth_mode_and_enough_for_http() -> None:
    config = _config(OAUTH)
    assert config.oauth_enabled
    assert config.missing_for_http() == []
    assert "cl1ent-secr3t" not in repr(config)


def test_a_bot_token_means_one_workspace_even_with_oauth_credentials() -> None:
    config = _config({**OAUTH, "SLACK_BOT_TOKEN": "xoxb-1"})
    assert not config.oauth_enabled


def test_half_the_oauth_credentials_is_no_mode_and_http_names_the_token() -> None:
    config = _config({"SLACK_CLIENT_ID": "1111.2222", "SLACK_SIGNING_SECRET": "x"})
    assert not config.oauth_enabled
    assert config.missing_for_http() == ["SLACK_BOT_TOKEN"]
