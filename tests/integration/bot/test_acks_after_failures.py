"""A listener that fails after its ack still answers Slack 200: the failure is told to the user.

Bolt resets a sent ack when the listener raises after acking, so Slack would show an error
for a button that was in fact acknowledged; the work after the ack runs on the bot's pool,
where the one error handler takes its failures.
"""

from __future__ import annotations

from typing import Any

from bot.ids import Action, Block
from tests.integration.bot.conftest import MEMBER, RunningApp, opened_view
from tests.support.form_values import profile_values
from tests.support.slack_standin import Canned

PRESSES = 10
SLACK_500 = Canned(status=500, body={"ok": False, "error": "internal_error"})


def _create_form(app: RunningApp) -> dict[str, Any]:
    app.slack.command("create")
    return opened_view(app.standin)


def test_a_member_pressing_create_profile_in_app_home_is_acknowledged_every_time(
    seeded_app: RunningApp,
) -> None:
    answers = [seeded_app.slack.click(Action.HOME_CREATE, user=MEMBER) for _ in range(PRESSES)]

    assert [a.status for a in answers] == [200] * PRESSES
    refusals = seeded_app.standin.wait_for("chat.postMessage", PRESSES)
    assert all("Only mmbot administrators" in call.params["text"] for call in refusals)
    assert seeded_app.standin.calls_to("views.open") == []


def test_a_type_change_whose_views_update_fails_is_acknowledged_and_the_user_told(
    seeded_app: RunningApp,
) -> None:
    view = _create_form(seeded_app)
    state = profile_values("Draft", "exclusive", voice="1", chat="2")
    # Every attempt of views.update fails (the client repeats a 500 of a call that posts nothing).
    seeded_app.standin.script("views.update", *[SLACK_500] * (PRESSES * 4))

    answers = [
        seeded_app.slack.click(
            Action.TYPE, view={**view, "state": {"values": state}}, block_id=Block.TYPE
        )
        for _ in range(PRESSES)
    ]

    assert [a.status for a in answers] == [200] * PRESSES
    told = seeded_app.standin.wait_for("chat.postMessage", PRESSES, timeout=30)
    assert all("Something went wrong" in call.params["text"] for call in told)
