"""Every form submission and button that changes something is refused to a member who is
not an administrator: the member is told why, the refusal is audited, nothing else changes.
The ids come from bot/ids.py, so a new one cannot be forgotten."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from bot.ids import Action, Callback, ImportId
from tests.integration.bot.conftest import (
    ADMIN,
    MEMBER,
    RunningApp,
    audit_actions,
    state_of,
)
from tests.support.form_values import assign_values, profile_values, settings_values

CSV = "name,email,teams\nNew Agent,new@example.com,Support"


@dataclass(frozen=True)
class Submission:
    """A valid submission of a form; `applies` when an administrator's one changes the store."""

    values: dict[str, Any]
    metadata: dict[str, Any]
    applies: bool = True


SUBMISSIONS: dict[str, Submission] = {
    Callback.PROFILE_CREATE: Submission(profile_values("Fresh", chat="2"), {"opened_at": 0}),
    Callback.PROFILE_EDIT: Submission(
        profile_values("Sales", voice="1", chat="4"),
        {"opened_at": 0, "profile": "Sales", "version": 1},
    ),
    Callback.ASSIGN: Submission(assign_values("Sales", "team", "team:Support"), {}),
    Callback.SETTINGS: Submission(settings_values(report_channel="C0NEW"), {}),
    Callback.DELETE: Submission({}, {"profile": "Old"}),
    # The paste only previews (a dry run); the confirm applies what was previewed.
    ImportId.PASTE_CALLBACK: Submission(
        {ImportId.CSV_BLOCK: {ImportId.CSV_ACTION: {"type": "plain_text_input", "value": CSV}}},
        {},
        applies=False,
    ),
    ImportId.CONFIRM_CALLBACK: Submission(
        {ImportId.CSV_BLOCK: {ImportId.CSV_ACTION: {"type": "plain_text_input", "value": CSV}}},
        {},
        applies=False,
    ),
}
# Callbacks with no submission that changes anything, and why.
NOT_CHANGING = {
    Callback.RESULT: "the result modal has no submit button",
    ImportId.DONE_CALLBACK: "the import's last modal only shows what was done",
}
# Buttons that change something or open a form for changing, and those that do not.
CHANGING_BUTTONS = {Action.HOME_CREATE}
NOT_CHANGING_BUTTONS: dict[Action, str] = {
    Action.HOME_REPORT: "sends the report to the user who asked, as anyone may",
    Action.TYPE: "re-draws the open form; nothing is saved",
    **{
        action: "an input inside a form: the form's submission is checked instead"
        for action in Action
        if action not in {Action.HOME_CREATE, Action.HOME_REPORT, Action.TYPE}
    },
}
CALLBACKS = {*Callback, *(i for i in ImportId if i.name.endswith("_CALLBACK"))}


def test_every_callback_and_button_id_is_in_this_matrix() -> None:
    assert set(SUBMISSIONS) | set(NOT_CHANGING) == CALLBACKS
    assert CHANGING_BUTTONS | set(NOT_CHANGING_BUTTONS) == set(Action)


def _submit(app: RunningApp, callback: str, submission: Submission, user: str) -> str:
    view = {
        "type": "modal",
        "callback_id": callback,
        "private_metadata": json.dumps(submission.metadata) if submission.metadata else "",
    }
    answer = app.slack.submit(view, submission.values, user=user)
    assert answer.status == 200
    return answer.body


@pytest.mark.parametrize("callback", list(SUBMISSIONS))
def test_a_member_submitting_a_changing_form_is_refused_audited_and_nothing_changes(
    seeded_app: RunningApp, callback: str
) -> None:
    submission = SUBMISSIONS[callback]
    before, audited = state_of(seeded_app.factory), audit_actions(seeded_app.factory)

    body = _submit(seeded_app, callback, submission, MEMBER)

    assert "administrator" in body
    assert state_of(seeded_app.factory) == before
    assert audit_actions(seeded_app.factory) == ["refused", *audited]
    # The same submission from an administrator is not refused: the example is real.
    admin_body = _submit(seeded_app, callback, submission, ADMIN)
    assert "administrator" not in admin_body
    assert (state_of(seeded_app.factory) != before) is submission.applies


def test_a_member_clicking_create_on_the_home_tab_is_refused_audited_and_no_form_opens(
    seeded_app: RunningApp,
) -> None:
    before, audited = state_of(seeded_app.factory), audit_actions(seeded_app.factory)

    answer = seeded_app.slack.click(Action.HOME_CREATE, user=MEMBER)

    assert answer.status == 200
    told = seeded_app.standin.wait_for("chat.postMessage", timeout=15)[0].params
    assert told["channel"] == MEMBER
    assert "administrator" in told["text"]
    assert seeded_app.standin.calls_to("views.open") == []
    assert state_of(seeded_app.factory) == before
    assert audit_actions(seeded_app.factory) == ["refused", *audited]
