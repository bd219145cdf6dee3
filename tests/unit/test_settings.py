"""One settings model reads every variable; a bad value names the variable and what it allows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BotConfig
from config.settings import Settings, SettingsError, load_settings, log_level
from domain.messages import keys, t

VARIABLES = [field.alias for field in Settings.model_fields.values()]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Only what a test sets counts: no variable of this machine, no .env of the checkout.
    for name in VARIABLES:
        monkeypatch.delenv(str(name), raising=False)
    monkeypatch.chdir(tmp_path)


def test_every_variable_of_the_bot_the_server_and_the_cli_is_a_field() -> None:
    assert set(VARIABLES) == {
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "SLACK_REDIRECT_URI",
        "DATABASE_URL",
        "MMBOT_ADMIN_USERS",
        "MMBOT_ADMIN_GROUP",
        "PORT",
        "MMBOT_HOST",
        "MMBOT_WORKERS",
        "MMBOT_THREADS",
        "MMBOT_LANG",
        "MMBOT_SCHEDULER_HEARTBEAT_SECONDS",
        "MMBOT_SCHEDULER_STALE_SECONDS",
        "MMBOT_SCHEDULER_RESTART_SECONDS",
        "MMBOT_SCHEDULER_SYNC_SECONDS",
        "MMBOT_INSTANCE_ID",
    }


def test_nothing_set_gives_the_documented_defaults() -> None:
    settings = load_settings()
    assert settings.database_url == "sqlite:///mmbot.db"
    assert (settings.port, settings.host, settings.workers, settings.threads) == (
        3000,
        "0.0.0.0",
        2,
        32,
    )
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.slack_bot_token is None
    assert settings.admin_users == frozenset()
    assert settings.admin_group is None


def test_values_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "8080")
    monkeypatch.setenv("MMBOT_WORKERS", "4")
    monkeypatch.setenv("MMBOT_ADMIN_USERS", " U1, U2,,")
    monkeypatch.setenv("MMBOT_ADMIN_GROUP", "  ")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    config = BotConfig.from_settings(load_settings())
    assert config.port == 8080
    assert load_settings().workers == 4
    assert config.admin_users == frozenset({"U1", "U2"})
    assert config.admin_group is None
    assert config.slack_api_url == "http://127.0.0.1:9/api/"
    assert config.bot_token == "xoxb-1"


def test_an_env_file_is_read_and_the_real_environment_wins_over_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("PORT=4000\nMMBOT_THREADS=3\nUNRELATED=1\n")
    monkeypatch.setenv("PORT", "5000")
    settings = load_settings()
    assert (settings.port, settings.threads) == (5000, 3)


def test_an_empty_variable_counts_as_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "")
    assert load_settings().port == 3000


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PORT", "abc"),
        ("PORT", "0"),
        ("PORT", "70000"),
        ("MMBOT_WORKERS", "two"),
        ("MMBOT_WORKERS", "0"),
        ("MMBOT_THREADS", "-1"),
        ("MMBOT_HOST", "   "),
        ("DATABASE_URL", "mysql://user:pw@db/mmbot"),
        ("DATABASE_URL", "sqlite:///:memory:"),
        ("DATABASE_URL", "sqlite://"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable_and_what_is_allowed(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert raised.value.variable == variable
    text = t("en", raised.value.key, **raised.value.params)
    assert text.startswith(variable)
    assert "use" in text
    assert "\n" not in text
    assert "pw" not in text


def test_a_log_level_outside_the_known_ones_is_refused() -> None:
    assert log_level("debug") == 10
    with pytest.raises(SettingsError) as raised:
        log_level("LOUD")
    text = t("en", raised.value.key, **raised.value.params)
    assert text == "--log-level LOUD is not a level: use DEBUG, INFO, WARNING, ERROR or CRITICAL."


def test_every_variable_has_its_text_in_the_catalogue() -> None:
    assert {f"settings.invalid.{name}" for name in VARIABLES} <= keys()


def test_secrets_stay_out_of_the_settings_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "very-secret-signing-value")
    assert "very-secret-signing-value" not in repr(load_settings())


def test_only_the_settings_module_reads_the_environment() -> None:
    root = Path(__file__).resolve().parents[2]
    readers = [
        f"{path.relative_to(root)}: {needle}"
        for package in ("bot", "cli", "domain", "storage")
        for path in sorted((root / package).rglob("*.py"))
        for needle in ("os.environ", "getenv(", "load_dotenv", "dotenv")
        if needle in path.read_text(encoding="utf-8")
    ]
    assert readers == []
