"""The CLI posts with the chosen workspace's stored token, and with none once it is uninstalled."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cli.main import main
from tests.integration.oauth.conftest import CHANNELS, OAuthApp, token_of
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET

Mmbot = Callable[..., tuple[int, str, str]]


@pytest.fixture
def mmbot(
    two: OAuthApp,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Mmbot:
    """`mmbot …` in OAuth mode on the app's database, Slack at the stand-in."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SLACK_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("SLACK_API_URL", two.config.slack_api_url)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_report_now_and_change_notices_use_the_chosen_workspaces_token(
    two: OAuthApp, mmbot: Mmbot
) -> None:
    assert mmbot("report", "--now", "--workspace", "TB")[0] == 0
    assert mmbot("cmd", "--workspace", "TA", "create Cli type=blended chat=1")[0] == 0
    calls = two.standin.calls_to("chat.postMessage")
    assert [(call.token, call.params["channel"]) for call in calls] == [
        (token_of(two, "TB"), CHANNELS["TB"]["report"]),
        (token_of(two, "TA"), CHANNELS["TA"]["audit"]),
    ]


def test_report_now_for_an_uninstalled_workspace_posts_nothing_and_says_why(
    two: OAuthApp, mmbot: Mmbot
) -> None:
    two.sender("TA").event({"type": "app_uninstalled"})
    code, _, err = mmbot("report", "--now", "--workspace", "TA")
    assert code == 1
    assert "Workspace TA has no Slack token" in err
    code, _, _ = mmbot("cmd", "--workspace", "TA", "create Offline type=blended chat=1")
    assert code == 0  # the change is made offline; nobody can be told
    assert two.standin.calls_to("chat.postMessage") == []
