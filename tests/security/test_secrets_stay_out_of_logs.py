"""The bot token, app token and signing secret never reach a log line or the terminal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import BotConfig
from cli.main import main
from config.settings import load_settings

SECRETS = {
    "SLACK_BOT_TOKEN": "xoxb-000000000-secret-bot-token-value",
    "SLACK_APP_TOKEN": "xapp-1-A000-secret-app-token-value",
    "SLACK_SIGNING_SECRET": "secret-signing-secret-value-0123",
}


def test_the_configuration_repr_shows_no_secret() -> None:
    config = BotConfig.from_settings(load_settings(**{**SECRETS, "DATABASE_URL": "sqlite:///x.db"}))
    assert config.bot_token == SECRETS["SLACK_BOT_TOKEN"]
    for value in SECRETS.values():
        assert value not in repr(config)
        assert value not in str(config)


@pytest.mark.parametrize(
    "argv",
    [
        ["--log-level", "DEBUG", "cmd", "create Spare type=blended chat=1"],
        ["--log-level", "DEBUG", "cmd", "edit Nowhere chat=2"],
        ["--log-level", "DEBUG", "cmd", "show Nowhere"],
        ["--log-level", "DEBUG", "db", "upgrade"],
    ],
)
def test_cli_runs_and_failures_at_debug_level_log_no_secret(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'mmbot.db'}")
    with caplog.at_level(logging.DEBUG):
        main(argv)
    captured = capsys.readouterr()
    assert caplog.records, "nothing was logged at DEBUG, so this test would prove nothing"
    for value in SECRETS.values():
        assert value not in caplog.text
        assert value not in captured.out + captured.err


def test_an_unexpected_failure_is_logged_with_a_reference_but_no_secret(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'dir' / 'mmbot.db'}")
    with caplog.at_level(logging.DEBUG):
        code = main(["--log-level", "DEBUG", "cmd", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "reference" in err
    assert "Traceback" not in err
    for value in SECRETS.values():
        assert value not in caplog.text
        assert value not in err
