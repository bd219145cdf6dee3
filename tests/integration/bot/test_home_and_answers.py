"""App Home, answers to unknown commands and failures, and change notices."""

from __future__ import annotations

import time
from typing import NoReturn

import pytest

from bot.ids import Action, Block, Callback
from domain.application import registry
from domain.commands import model as m
from tests.integration.bot.conftest import (
    ADMIN,
    MEMBER,
    RunningApp,
    answered_text,
    latest_audit,
    opened_view,
    seed,
)
from tests.support.slack_standin import Canned, iter_block_texts


def test_opening_the_home_tab_publishes_profiles_by_state_the_report_and_the_buttons(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.event(
        {"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"}
    )

    published = seeded_app.standin.wait_for("views.publish")[0].params
    assert published["user_id"] == MEMBER
    view = published["view"]
    assert view["type"] == "home"
    texts = " ".join(iter_block_texts(view["blocks"]))
    assert "*2* active · *1* inactive" in texts
    assert "*Old*" in texts
    assert "Profiles: 2 active, 1 inactive." in texts
    actions = next(b for b in view["blocks"] if b.get("block_id") == Block.HOME_ACTIONS)
    assert [e["action_id"] for e in actions["elements"]] == [Action.HOME_CREATE, Action.HOME_REPORT]


def test_the_home_create_button_opens_the_form_for_an_administrator(seeded_app: RunningApp) -> None:
    seeded_app.slack.click(Action.HOME_CREATE, user=ADMIN)

    assert opened_view(seeded_app.standin)["callback_id"] == Callback.PROFILE_CREATE


def test_the_home_create_button_tells_a_member_why_not_and_is_audited(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.click(Action.HOME_CREATE, user=MEMBER)

    message = seeded_app.standin.wait_for("chat.postMessage")[0].params
    assert message["channel"] == MEMBER
    assert "Only mmbot administrators" in message["text"]
    assert latest_audit(seeded_app.factory).action == "refused"
    assert seeded_app.standin.calls_to("views.open") == []


def test_an_unknown_command_is_answered_with_help_and_the_closest_command(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("lsit all")

    text = answered_text(seeded_app.standin)
    assert "`list`" in text
    assert "assign" in text  # the overview of every command follows


def test_an_unknown_profile_is_answered_with_the_closest_names(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("show Sals")

    assert '"Sales"' in answered_text(seeded_app.standin)


def test_an_unexpected_failure_shows_a_reference_and_no_stack_trace(
    seeded_app: RunningApp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object) -> NoReturn:
        raise RuntimeError("disk on fire")

    failing: type[m.Command] = m.ListSites
    monkeypatch.setitem(registry.HANDLERS, failing, broken)

    seeded_app.slack.command("site list")

    text = answered_text(seeded_app.standin)
    assert "reference" in text
    assert "disk on fire" not in text
    assert "Traceback" not in text
    reference = text.split("reference ")[1].split(")")[0]
    assert any(reference in record.getMessage() for record in caplog.records)


def test_a_change_posts_one_notice_line_to_the_audit_channel(seeded_app: RunningApp) -> None:
    seed(seeded_app.factory, "settings audit_channel=<#CAUDIT|audit>")

    seeded_app.slack.command("create Night type=blended chat=2")

    notice = seeded_app.standin.wait_for("chat.postMessage")[0].params
    assert notice["channel"] == "CAUDIT"
    assert notice["text"] == '<@UADMIN> created profile "Night"'


def test_a_read_posts_no_notice(seeded_app: RunningApp) -> None:
    seed(seeded_app.factory, "settings audit_channel=<#CAUDIT|audit>")

    seeded_app.slack.command("list all")
    answered_text(seeded_app.standin)
    time.sleep(0.2)  # a notice would follow the answer within milliseconds

    assert seeded_app.standin.calls_to("chat.postMessage") == []


def test_a_notice_slack_refuses_leaves_the_change_made_and_answered_as_done(
    seeded_app: RunningApp,
) -> None:
    seed(seeded_app.factory, "settings audit_channel=<#CAUDIT|audit>")
    seeded_app.standin.script(
        "chat.postMessage", Canned(body={"ok": False, "error": "not_in_channel"})
    )

    seeded_app.slack.command("create Night type=blended chat=2")

    assert 'Created blended profile "Night"' in answered_text(seeded_app.standin)
    seeded_app.standin.wait_for("chat.postMessage")
    time.sleep(0.2)  # an error answer would follow the failed notice within milliseconds
    assert len(seeded_app.standin.calls_to("response_url")) == 1
    assert latest_audit(seeded_app.factory).action == "profile.create"


def test_help_is_answered_in_the_language_the_member_chose(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("language hu", user=MEMBER)
    seeded_app.slack.command("help", user=MEMBER)

    text = answered_text(seeded_app.standin, 2)
    assert "Az mmbot parancsai." in text
    assert "mmbot commands" not in text
