"""`mmbot report` prints or posts the report; `mmbot cmd` changes post their notice."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from cli.main import main
from tests.support.slack_standin import Canned, SlackStandIn

Mmbot = Callable[..., tuple[int, str, str]]


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn() as standin:
        yield standin


@pytest.fixture
def mmbot(
    database_url: str,
    slack: SlackStandIn,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Mmbot:
    """`mmbot …` in-process on the test database, with a bot token and Slack at the stand-in."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_report_print_shows_the_report_without_posting(mmbot: Mmbot, slack: SlackStandIn) -> None:
    mmbot("cmd", "create Spare type=blended chat=2")

    code, out, _ = mmbot("report", "--print")

    assert code == 0
    assert "Unassigned active profiles (1)" in out
    assert "• Spare" in out
    assert slack.calls_to("chat.postMessage") == []


def test_report_now_posts_to_the_report_channel(mmbot: Mmbot, slack: SlackStandIn) -> None:
    mmbot("cmd", "create Spare type=blended chat=2")
    mmbot("cmd", "settings report_channel=#profile-report")

    code, out, _ = mmbot("report", "--now")

    assert code == 0
    assert "Posted the report for local to #profile-report" in out
    [call] = slack.calls_to("chat.postMessage")
    assert call.params["channel"] == "#profile-report"
    assert any("Spare" in str(block) for block in call.params["blocks"])


def test_report_now_without_a_channel_says_how_to_set_one(
    mmbot: Mmbot, slack: SlackStandIn
) -> None:
    code, _, err = mmbot("report", "--now")

    assert code == 1
    assert "has no report channel" in err
    assert slack.calls_to("chat.postMessage") == []


def test_report_now_without_a_bot_token_refuses(
    mmbot: Mmbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    code, _, err = mmbot("report", "--now")
    assert code == 2
    assert "SLACK_BOT_TOKEN is not set" in err


def test_a_cli_change_posts_its_notice_to_the_audit_channel(
    mmbot: Mmbot, slack: SlackStandIn
) -> None:
    mmbot("cmd", "settings audit_channel=#audit")
    slack.calls.clear()

    code, _, _ = mmbot("cmd", "--as", "ops", "create Spare type=blended chat=2")
    mmbot("cmd", "list")

    assert code == 0
    [call] = slack.calls_to("chat.postMessage")
    assert call.params["channel"] == "#audit"
    assert call.params["text"] == 'ops (CLI) created profile "Spare"'


def test_a_cli_change_is_kept_when_its_notice_cannot_be_posted(
    mmbot: Mmbot, slack: SlackStandIn
) -> None:
    mmbot("cmd", "settings audit_channel=#audit")
    slack.script("chat.postMessage", Canned(body={"ok": False, "error": "not_in_channel"}))

    code, _, err = mmbot("cmd", "create Spare type=blended chat=2")

    assert code == 0
    assert "could not be posted to #audit" in err
    _, out, _ = mmbot("cmd", "list")
    assert "Spare" in out
