"""With Slack answering only after 5 s, every request is still acknowledged at once: the calls
to Slack run after the ack, on the bot's pool, and none of them stands before it."""

from __future__ import annotations

import time
from typing import Any

from bot.ids import Action, Block, Callback
from tests.integration.bot.conftest import ADMIN, RunningApp, answered_text, opened_view
from tests.support.bot_server import Answer
from tests.support.form_values import profile_values

SLOW = 5.0
# Well inside Slack's 3 s, and far from the 5 s a call to Slack takes here.
AT_ONCE = 2.0


def _timed(send: Any) -> tuple[Answer, float]:
    started = time.monotonic()
    answer = send()
    return answer, time.monotonic() - started


def test_the_first_command_does_not_wait_for_auth_test(seeded_app: RunningApp) -> None:
    seeded_app.standin.slow("auth.test", SLOW)

    answer, took = _timed(lambda: seeded_app.slack.command("list all"))

    assert answer.status == 200
    assert took < AT_ONCE
    assert "Sales" in answer.json()["text"]


def test_a_command_whose_users_locale_is_slow_is_acked_at_once_and_answered_later(
    seeded_app: RunningApp,
) -> None:
    seeded_app.standin.slow("users.info", SLOW)

    answer, took = _timed(lambda: seeded_app.slack.command("list all"))

    assert (answer.status, took < AT_ONCE) == (200, True)
    assert "Sales" in answered_text(seeded_app.standin)


def test_the_app_home_create_button_is_acked_at_once_while_slack_is_slow(
    seeded_app: RunningApp,
) -> None:
    seeded_app.standin.slow("users.info", SLOW)
    seeded_app.standin.slow("views.open", SLOW)

    answer, took = _timed(lambda: seeded_app.slack.click(Action.HOME_CREATE, user=ADMIN))

    assert (answer.status, took < AT_ONCE) == (200, True)
    assert opened_view(seeded_app.standin)["callback_id"] == Callback.PROFILE_CREATE


def test_a_type_change_is_acked_at_once_while_views_update_is_slow(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("create")
    view = opened_view(seeded_app.standin)
    seeded_app.standin.slow("views.update", SLOW)
    state = profile_values("Draft", "exclusive", voice="1", chat="2")

    answer, took = _timed(
        lambda: seeded_app.slack.click(
            Action.TYPE, view={**view, "state": {"values": state}}, block_id=Block.TYPE
        )
    )

    assert (answer.status, took < AT_ONCE) == (200, True)
    assert seeded_app.standin.wait_for("views.update", timeout=15)


def test_app_home_is_acknowledged_before_it_is_published(seeded_app: RunningApp) -> None:
    seeded_app.standin.slow("views.publish", SLOW)

    answer, took = _timed(
        lambda: seeded_app.slack.event(
            {"type": "app_home_opened", "user": ADMIN, "tab": "home", "channel": "D1"}
        )
    )

    assert (answer.status, took < AT_ONCE) == (200, True)
    assert seeded_app.standin.wait_for("views.publish", timeout=15)
