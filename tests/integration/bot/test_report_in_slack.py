"""The report in Slack: `/mmprofile report`, the Home button and the Home's latest report."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.ids import Action
from domain.report_runs import RunOutcome
from domain.services import report_runs
from domain.services.report import build_report
from tests.integration.bot.conftest import MEMBER, WORKSPACE, RunningApp, seed
from tests.support.slack_standin import iter_block_texts

REPORT_CHANNEL = "C0REPORT"


def texts_of(params: dict[str, object]) -> str:
    blocks = params["blocks"]
    assert isinstance(blocks, list)
    return " ".join(iter_block_texts(blocks))


def test_the_report_command_answers_ephemerally_with_the_block_kit_report(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("report", user=MEMBER)

    answer = seeded_app.standin.wait_for("response_url", timeout=15)[0].params
    assert answer["response_type"] == "ephemeral"
    assert answer["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Multimedia profile report", "emoji": True},
    }
    texts = texts_of(answer)
    assert "*Inactive profiles (1), candidates" in texts
    assert "Old" in texts
    assert "Profiles: 2 active, 1 inactive." in texts
    assert answer["text"].startswith("Multimedia profile report for T1: 1 inactive")
    assert seeded_app.standin.calls_to("chat.postMessage") == []


def test_the_home_report_button_sends_the_block_kit_report_as_a_direct_message(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.click(Action.HOME_REPORT, user=MEMBER)

    message = seeded_app.standin.wait_for("chat.postMessage")[0].params
    assert message["channel"] == MEMBER
    assert message["blocks"][0]["type"] == "header"
    assert "*Inactive profiles (1), candidates" in texts_of(message)


def posted_home_texts(app: RunningApp) -> str:
    app.slack.event({"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"})
    return texts_of(app.standin.wait_for("views.publish")[0].params["view"])


def test_the_home_shows_the_live_report_while_none_was_posted(seeded_app: RunningApp) -> None:
    texts = posted_home_texts(seeded_app)

    assert "Profiles to look at: 1 inactive, 0 unassigned." in texts
    assert "Posted" not in texts


def test_the_home_shows_when_and_where_the_latest_report_was_posted_and_what_it_found(
    seeded_app: RunningApp,
) -> None:
    scheduled = datetime(2025, 1, 15, 8, tzinfo=UTC)
    factory = seeded_app.factory
    held = report_runs.claim(factory, WORKSPACE, scheduled, runner="test", now=scheduled)
    assert held is not None
    with factory(WORKSPACE, write=False) as uow:
        report = build_report(uow)
    report_runs.finish(
        factory,
        held,
        RunOutcome.POSTED,
        now=scheduled,
        channel=REPORT_CHANNEL,
        message_ts="1736928000.000100",
        report=report,
    )
    # Found afterwards: the Home keeps showing what was posted, not the live state.
    seed(factory, "create Night type=blended chat=2", "deactivate Night")

    texts = posted_home_texts(seeded_app)

    assert "Profiles to look at: 1 inactive, 0 unassigned." in texts
    assert f"Posted <!date^{int(scheduled.timestamp())}^{{date_short}}|2025-01-15>" in texts
    assert f"<#{REPORT_CHANNEL}>" in texts
    assert "2 inactive," not in texts
