"""Uninstalling removes the workspace's tokens at once; its data stays until deleted on purpose."""

from __future__ import annotations

import io
import sys

import pytest

from bot.scheduler.runner import ReportRunner
from bot.scheduler.service import SYNC_JOB_ID, build_scheduler, job_id
from bot.scheduler.tokens import InstalledOnly, TokenReportPoster
from cli.main import main
from domain.clock import utc_now
from domain.report_runs import PostMark, RunOutcome
from slackkit.message import Message
from slackkit.posting import PostFailed
from tests.integration.oauth.conftest import ADMIN_A, ADMIN_B, OAuthApp, run_reports, token_of


def test_after_app_uninstalled_nothing_reaches_the_workspace_and_its_commands_are_refused(
    two: OAuthApp,
) -> None:
    old_token = token_of(two, "TA")
    sender = two.sender("TA")
    assert sender.event({"type": "app_uninstalled"}).status == 200
    assert two.tokens().tokens_for("TA") is None
    seen = len(two.standin.calls)

    sender.command("create Late type=blended chat=1", user=ADMIN_A)
    refusal = two.standin.wait_for("response_url")[0]
    assert "not installed" in str(refusal.params.get("text"))
    sender.event({"type": "app_home_opened", "user": ADMIN_A, "tab": "home"})
    assert run_reports(two) == {"TB": RunOutcome.POSTED}
    with pytest.raises(PostFailed):
        TokenReportPoster(two.tokens(), two.config.slack_api_url, max_retry_after=1.0).post(
            "CAREPORT", Message(text="x", blocks=[]), PostMark("TA", utc_now(), "run-1")
        )

    later = two.standin.calls[seen:]
    assert [call for call in later if call.token == old_token] == []
    assert [call.params["channel"] for call in later if call.method == "chat.postMessage"] == [
        "CBREPORT"
    ]
    with two.factory("TA", write=False) as uow:
        assert uow.profiles.get_by_name("Late") is None
        assert uow.profiles.get_by_name("Spare") is not None  # the data stays


def test_tokens_revoked_for_the_bot_removes_its_tokens(two: OAuthApp) -> None:
    two.sender("TB").event({"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOTB"]}})
    assert two.tokens().tokens_for("TB") is None
    assert two.tokens().tokens_for("TA") == token_of(two, "TA")


def test_workspace_delete_removes_an_uninstalled_workspace_only_when_confirmed(
    two: OAuthApp,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    two.sender("TA").event({"type": "app_uninstalled"})
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setattr(sys, "stdin", io.StringIO("TB\n"))
    assert main(["workspace", "delete", "TA"]) == 1
    assert "TA" in two.factory.workspace_ids()

    monkeypatch.setattr(sys, "stdin", io.StringIO("TA\n"))
    assert main(["workspace", "delete", "TA"]) == 0
    assert two.factory.workspace_ids() == ["TB"]
    assert "deleted" in capsys.readouterr().out
    with two.factory("TB", write=False) as uow:
        assert uow.profiles.get_by_name("Spare") is not None
    two.sender("TB").command("list", user=ADMIN_B)
    two.standin.wait_for("response_url")


def test_the_scheduler_drops_the_report_job_of_an_uninstalled_workspace(two: OAuthApp) -> None:
    tokens = two.tokens()
    poster = TokenReportPoster(tokens, two.config.slack_api_url, max_retry_after=1.0)
    runner = ReportRunner(two.factory, poster)
    handle = build_scheduler(InstalledOnly(two.factory, tokens), runner)
    handle.sync.run()
    assert {job.id for job in handle.scheduler.get_jobs()} >= {job_id("TA"), job_id("TB")}

    two.sender("TA").event({"type": "app_uninstalled"})
    handle.sync.run()
    report_jobs = {job.id for job in handle.scheduler.get_jobs()} - {SYNC_JOB_ID}
    assert report_jobs == {job_id("TB")}
