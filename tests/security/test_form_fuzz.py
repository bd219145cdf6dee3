"""Any values at all in any field of any form, submitted as signed requests to the running
app: the answer is a 200 with clean field errors or the form's result, never a failure
with a reference id, and a form answered with errors has written nothing."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.ids import ON, Action, Block, Callback, ImportId
from domain.profiles import Channel, ProfileType
from tests.integration.bot.conftest import RunningApp, audit_actions, state_of
from tests.security.test_command_fuzz import INJECTIONS
from tests.support.form_values import settings_values as valid_settings

Values = dict[str, dict[str, dict[str, Any]]]

# NUL first: PostgreSQL refuses it in any text, so it must never get as far as the store.
CONTROL = st.one_of(
    st.just("\x00"),
    st.text(alphabet=st.characters(max_codepoint=0x1F), min_size=1, max_size=8),
    st.text(alphabet=st.sampled_from(["\x00", "\x1b", "\x7f", "\u202e", "\u200b"]), min_size=1),
)
FUZZ = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=120),
    CONTROL,
    st.tuples(st.text(max_size=10), CONTROL, st.text(max_size=10)).map("".join),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
MAYBE = st.one_of(st.none(), FUZZ)


def _text(block: str, action: str, value: str | None) -> Values:
    return {block: {action: {"type": "plain_text_input", "value": value}}}


def _select(block: str, action: str, value: str | None) -> Values:
    chosen = (
        None if value is None else {"value": value, "text": {"type": "plain_text", "text": "x"}}
    )
    return {block: {action: {"type": "static_select", "selected_option": chosen}}}


def _checks(block: str, action: str, values: list[str]) -> Values:
    return {
        block: {action: {"type": "checkboxes", "selected_options": [{"value": v} for v in values]}}
    }


def _channel(block: str, action: str, value: str | None) -> Values:
    return {block: {action: {"type": "conversations_select", "selected_conversation": value}}}


class Picker:
    """One field of each example gets anything at all, the others valid values, so each
    field's own validation is reached rather than hidden behind another field's error."""

    def __init__(self, draw: st.DrawFn, fields: list[str]) -> None:
        self.draw = draw
        self.victim = draw(st.sampled_from(fields))

    def __call__(self, field: str, known: list[str]) -> str | None:
        if field == self.victim:
            return self.draw(MAYBE)
        return self.draw(st.sampled_from(known))


@st.composite
def profile_values(draw: st.DrawFn) -> Values:
    counts = ("voice", "chat", "email", "social")
    pick = Picker(draw, ["name", "description", "type", "channels", *counts])
    channels = [c.value for c in Channel]
    checked = draw(st.lists(st.sampled_from(channels), max_size=4))
    if pick.victim == "channels":
        checked = draw(st.lists(st.one_of(st.sampled_from(channels), FUZZ), max_size=5))
    values: Values = {
        **_text(Block.NAME, Action.NAME, pick("name", ["Fuzzed", "Sales"])),
        **_text(Block.DESCRIPTION, Action.DESCRIPTION, pick("description", ["", "Day shift"])),
        **_select(Block.TYPE, Action.TYPE, pick("type", [t.value for t in ProfileType])),
        **_checks(Block.CHANNELS, Action.CHANNELS, checked),
    }
    for name in counts:
        values.update(_text(name, Action.COUNT, pick(name, ["0", "1", "5"])))
    return values


@st.composite
def assign_values(draw: st.DrawFn) -> Values:
    pick = Picker(draw, ["profile", "kind", "target"])
    targets = ["site:Empty", "team:Support", "team:Cap", "agent:Bob"]
    return {
        **_select(Block.ASSIGN_PROFILE, Action.ASSIGN_PROFILE, pick("profile", ["Sales", "Old"])),
        **_select(Block.ASSIGN_KIND, Action.ASSIGN_KIND, pick("kind", ["site", "team", "agent"])),
        **_select(Block.ASSIGN_TARGET, Action.ASSIGN_TARGET, pick("target", targets)),
    }


@st.composite
def settings_values(draw: st.DrawFn) -> Values:
    pick = Picker(draw, ["multimedia", "schedule", "timezone", "report", "audit", "all_clear"])
    all_clear = pick("all_clear", [ON, ""])
    return {
        **_select(Block.MULTIMEDIA, Action.MULTIMEDIA, pick("multimedia", [ON, "off"])),
        **_text(Block.REPORT_SCHEDULE, Action.REPORT_SCHEDULE, pick("schedule", ["0 9 * * 1-5"])),
        **_text(Block.TIMEZONE, Action.TIMEZONE, pick("timezone", ["UTC", "Europe/Budapest"])),
        **_channel(Block.REPORT_CHANNEL, Action.REPORT_CHANNEL, pick("report", ["C0REPORT", ""])),
        **_channel(Block.AUDIT_CHANNEL, Action.AUDIT_CHANNEL, pick("audit", ["C0AUDIT", ""])),
        **_checks(Block.ALL_CLEAR, Action.ALL_CLEAR, [all_clear] if all_clear else []),
    }


@st.composite
def delete_values(draw: st.DrawFn) -> Values:
    return _text(Block.DELETE_TEXT, "delete_input", draw(MAYBE))


@st.composite
def import_values(draw: st.DrawFn) -> Values:
    rows = draw(st.lists(st.lists(FUZZ, max_size=5).map(",".join), max_size=6))
    csv_text = "\n".join(["name,email,slack,teams,profile", *rows])
    return _text(ImportId.CSV_BLOCK, ImportId.CSV_ACTION, draw(st.one_of(st.just(csv_text), MAYBE)))


def _version(app: RunningApp, name: str) -> int:
    with app.factory("T1", write=False) as uow:
        found = uow.profiles.get_by_name(name)
        return found.version if found else 1


# callback -> (state values, private_metadata given the app)
FORMS: dict[
    str, tuple[Callable[[], st.SearchStrategy[Values]], Callable[[RunningApp, str], str]]
] = {
    Callback.PROFILE_CREATE: (
        profile_values,
        lambda _app, _o: json.dumps({"opened_at": 0, "shown_type": "blended"}),
    ),
    Callback.PROFILE_EDIT: (
        profile_values,
        lambda app, o: json.dumps(
            {
                "opened_at": 0,
                "shown_type": "blended",
                "profile": o,
                "version": _version(app, o),
            }
        ),
    ),
    Callback.ASSIGN: (assign_values, lambda _app, _o: json.dumps({"opened_at": 0})),
    Callback.SETTINGS: (
        settings_values,
        lambda _app, _o: json.dumps({"opened_at": 0}),
    ),
    Callback.DELETE: (
        delete_values,
        lambda _app, o: json.dumps({"opened_at": 0, "profile": o}),
    ),
    ImportId.PASTE_CALLBACK: (import_values, lambda _app, _o: ""),
    ImportId.CONFIRM_CALLBACK: (import_values, lambda _app, o: o),
}
FUZZ_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _snapshot(app: RunningApp) -> tuple[dict[str, object], int]:
    return state_of(app.factory), len(audit_actions(app.factory))


@pytest.mark.parametrize("callback", list(FORMS))
def test_any_values_in_any_form_get_field_errors_or_a_result_and_errors_write_nothing(
    seeded_app: RunningApp, caplog: pytest.LogCaptureFixture, callback: str
) -> None:
    values_of, metadata_of = FORMS[callback]

    @FUZZ_SETTINGS
    @given(values=values_of(), other=st.one_of(st.sampled_from(["Sales", "Old"]), FUZZ))
    def submit_anything(values: Values, other: str) -> None:
        caplog.clear()
        view = {
            "type": "modal",
            "callback_id": callback,
            "private_metadata": metadata_of(seeded_app, other),
        }
        before = _snapshot(seeded_app)
        answer = seeded_app.slack.submit(view, values)
        assert answer.status == 200, answer.body[:500]
        assert "Traceback" not in answer.body
        body = answer.json()
        assert body["response_action"] in {"errors", "update"}, body
        unexpected = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not unexpected, [r.getMessage() for r in unexpected]
        if body["response_action"] == "errors":
            assert body["errors"]
            assert all(isinstance(m, str) and m.strip() for m in body["errors"].values())
            assert _snapshot(seeded_app) == before

    submit_anything()


@pytest.mark.parametrize(
    ("callback", "values", "block", "says"),
    [
        (
            Callback.SETTINGS,
            valid_settings(report_channel="C1\x00X"),
            Block.REPORT_CHANNEL,
            "U+0000",
        ),
        (Callback.SETTINGS, valid_settings(audit_channel="C\x01"), Block.AUDIT_CHANNEL, "U+0001"),
        (
            ImportId.PASTE_CALLBACK,
            _text(
                ImportId.CSV_BLOCK, ImportId.CSV_ACTION, "name,email,teams\nZed,z\x00@x.com,Support"
            ),
            ImportId.CSV_BLOCK,
            "not an email address",
        ),
    ],
)
def test_a_control_character_in_a_channel_or_an_email_is_a_clean_error_next_to_its_field(
    seeded_app: RunningApp, callback: str, values: Values, block: str, says: str
) -> None:
    before = _snapshot(seeded_app)
    view = {"type": "modal", "callback_id": callback, "private_metadata": "{}"}

    answer = seeded_app.slack.submit(view, values)

    body = answer.json()
    assert body["response_action"] == "errors"
    assert "reference" not in body["errors"][block]
    assert says in body["errors"][block]
    assert _snapshot(seeded_app) == before


def test_a_count_longer_than_any_number_is_refused_next_to_its_field(
    seeded_app: RunningApp,
) -> None:
    # Found by the fuzz above: echoing 26 digits broke Babel's number formatting (500).
    values: Values = {
        **_text(Block.NAME, Action.NAME, "Fuzzed"),
        **_text(Block.DESCRIPTION, Action.DESCRIPTION, ""),
        **_select(Block.TYPE, Action.TYPE, ProfileType.BLENDED.value),
        **_checks(Block.CHANNELS, Action.CHANNELS, []),
    }
    for name, typed in (("voice", "0"), ("chat", "0"), ("email", "0")):
        values.update(_text(name, Action.COUNT, typed))
    values.update(_text("social", Action.COUNT, "14492062369155673407619072"))
    view = {"type": "modal", "callback_id": Callback.PROFILE_CREATE, "private_metadata": "{}"}
    before = _snapshot(seeded_app)

    answer = seeded_app.slack.submit(view, values)

    assert answer.status == 200
    body = answer.json()
    assert body["response_action"] == "errors"
    assert list(body["errors"]) == ["social"]
    assert _snapshot(seeded_app) == before
