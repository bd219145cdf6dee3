"""The create and edit profile forms: field errors in place, conflicts refused, one change per form."""

from __future__ import annotations

from typing import Any

import pytest

from bot.ids import Action, Block, Callback
from domain.profiles import ProfileState
from tests.integration.bot.conftest import (
    MEMBER,
    RunningApp,
    audit_actions,
    latest_audit,
    opened_view,
    seed,
    state_of,
)
from tests.support.form_values import profile_values


def _profile(app: RunningApp, name: str) -> dict[str, object] | None:
    with app.factory("T1", write=False) as uow:
        found = uow.profiles.get_by_name(name)
        return None if found is None else found.model_dump()


def _create_form(app: RunningApp) -> dict[str, Any]:
    app.slack.command("create")
    return opened_view(app.standin)


def test_create_opens_the_form_and_submitting_it_creates_an_active_profile(
    seeded_app: RunningApp,
) -> None:
    view = _create_form(seeded_app)
    assert view["callback_id"] == Callback.PROFILE_CREATE

    answer = seeded_app.slack.submit(view, profile_values("Chat Team", voice="1", chat="3"))

    assert answer.json()["response_action"] == "update"
    created = _profile(seeded_app, "Chat Team")
    assert created is not None
    assert (created["chat"], created["voice"], created["active"]) == (3, 1, True)
    assert latest_audit(seeded_app.factory).action == "profile.create"


def test_an_exclusive_profile_is_created_from_the_channel_checkboxes(
    seeded_app: RunningApp,
) -> None:
    view = _create_form(seeded_app)

    seeded_app.slack.submit(view, profile_values("Mail Only", "exclusive", channels=["email"]))

    created = _profile(seeded_app, "Mail Only")
    assert created is not None
    assert (created["voice"], created["chat"], created["email"], created["social"]) == (0, 0, 1, 0)


@pytest.mark.parametrize(
    ("values", "block", "words"),
    [
        (profile_values("Bad!", chat="1"), Block.NAME, "'!'"),
        (profile_values("sales", chat="1"), Block.NAME, "already exists"),
        (profile_values("Fine", description="Café", chat="1"), Block.DESCRIPTION, "'é'"),
        (profile_values("Fine", voice="2"), Block.VOICE, "voice=2"),
        (profile_values("Fine", chat="6"), Block.CHAT, "chat=6"),
        (profile_values("Fine", email="9"), Block.EMAIL, "email=9"),
        (profile_values("Fine", social="-1"), Block.SOCIAL, "social=-1"),
        (profile_values("Fine", voice="0", chat="0"), Block.VOICE, "at least one channel"),
        (profile_values("Fine", "blended_realtime", voice="1", chat="0"), Block.CHAT, "chat=0"),
        (profile_values("Fine", "blended_realtime", voice="0", chat="2"), Block.VOICE, "voice=0"),
        (profile_values("Fine", "exclusive", channels=[]), Block.CHANNELS, "at least one channel"),
        (profile_values("Fine", voice="one"), Block.VOICE, "whole number"),
    ],
)
def test_each_rule_violation_comes_back_as_an_error_next_to_its_field(
    seeded_app: RunningApp, values: dict[str, object], block: str, words: str
) -> None:
    view = _create_form(seeded_app)
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.submit(view, values)

    body = answer.json()
    assert body["response_action"] == "errors"
    assert words in body["errors"][block], body["errors"]
    assert state_of(seeded_app.factory) == before


def test_submitting_the_create_form_twice_creates_the_profile_once_without_an_error(
    seeded_app: RunningApp,
) -> None:
    view = _create_form(seeded_app)
    values = profile_values("Twice", chat="2")

    first = seeded_app.slack.submit(view, values)
    second = seeded_app.slack.submit(view, values)

    assert first.json()["response_action"] == "update"
    assert second.json()["response_action"] == "update"
    assert "already submitted" in str(second.json()["view"])
    assert audit_actions(seeded_app.factory).count("profile.create") == 3  # two seeded, one here


def test_a_create_form_submitted_by_a_member_is_refused_audited_and_changes_nothing(
    seeded_app: RunningApp,
) -> None:
    view = _create_form(seeded_app)
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.submit(view, profile_values("Sneaky", chat="1"), user=MEMBER)

    body = answer.json()
    assert body["response_action"] == "errors"
    assert "Only mmbot administrators" in next(iter(body["errors"].values()))
    assert state_of(seeded_app.factory) == before
    assert latest_audit(seeded_app.factory).action == "refused"


def _edit_form(app: RunningApp, name: str = "Sales") -> dict[str, Any]:
    app.slack.command(f"edit {name}")
    return opened_view(app.standin)


def test_edit_opens_the_form_filled_in_and_saving_changes_the_profile(
    seeded_app: RunningApp,
) -> None:
    view = _edit_form(seeded_app)
    assert view["callback_id"] == Callback.PROFILE_EDIT
    name_block = next(b for b in view["blocks"] if b.get("block_id") == Block.NAME)
    assert name_block["element"]["initial_value"] == "Sales"

    answer = seeded_app.slack.submit(view, profile_values("Sales", voice="1", chat="4"))

    assert answer.json()["response_action"] == "update"
    saved = _profile(seeded_app, "Sales")
    assert saved is not None
    assert (saved["chat"], saved["version"]) == (4, 2)


def test_a_stale_edit_is_refused_as_a_form_error_and_the_newer_values_stay(
    seeded_app: RunningApp,
) -> None:
    view = _edit_form(seeded_app)
    seed(seeded_app.factory, "edit Sales chat=5")

    answer = seeded_app.slack.submit(view, profile_values("Sales", voice="1", chat="1"))

    body = answer.json()
    assert body["response_action"] == "errors"
    assert "was changed by" in body["errors"][Block.NAME]
    saved = _profile(seeded_app, "Sales")
    assert saved is not None
    assert saved["chat"] == 5


def test_submitting_the_edit_form_twice_saves_once_and_the_second_is_not_an_error(
    seeded_app: RunningApp,
) -> None:
    view = _edit_form(seeded_app)
    values = profile_values("Sales Renamed", voice="1", chat="3")

    seeded_app.slack.submit(view, values)
    second = seeded_app.slack.submit(view, values)

    assert second.json()["response_action"] == "update"
    assert audit_actions(seeded_app.factory).count("profile.edit") == 1
    assert _profile(seeded_app, "Sales Renamed") is not None


def test_choosing_another_type_redraws_the_channel_fields_to_fit_it(seeded_app: RunningApp) -> None:
    view = _create_form(seeded_app)
    state = profile_values("Draft", "exclusive", voice="1", chat="2")

    seeded_app.slack.click(
        Action.TYPE, view={**view, "state": {"values": state}}, block_id=Block.TYPE
    )

    updated = seeded_app.standin.wait_for("views.update")[0].params
    blocks = {b.get("block_id") for b in updated["view"]["blocks"]}
    assert Block.CHANNELS in blocks
    assert Block.VOICE not in blocks
    channels = next(b for b in updated["view"]["blocks"] if b.get("block_id") == Block.CHANNELS)
    assert [o["value"] for o in channels["element"]["initial_options"]] == ["voice", "chat"]
    assert updated["view_id"] == "V1"


def test_the_default_profile_cannot_be_opened_for_editing(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("edit Default_Telephony_Profile")

    text = seeded_app.standin.wait_for("response_url")[0].params["text"]
    assert "system default profile" in text
    assert seeded_app.standin.calls_to("views.open") == []
    with seeded_app.factory("T1", write=False) as uow:
        assert len(uow.profiles.list(ProfileState.ALL)) == 3
