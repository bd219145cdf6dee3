"""The CSV import form through the real app: paste, a dry-run preview, confirm; errors by line."""

from __future__ import annotations

from typing import Any

from bot.ids import ImportId
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import (
    ADMIN,
    MEMBER,
    WORKSPACE,
    RunningApp,
    answered_text,
    audit_actions,
    opened_view,
    seed,
    state_of,
)
from tests.support.form_values import import_values

HEADER = "name,email,slack,teams,profile\n"
GOOD = HEADER + "Ann,ann@example.com,,Support,Sales\nCy,,,Support,\n"


def agent_names(factory: SqlUnitOfWorkFactory) -> list[str]:
    with factory(WORKSPACE, write=False) as uow:
        return uow.agents.names()


def paste_form(app: RunningApp) -> dict[str, Any]:
    app.slack.command("import", user=ADMIN)
    return opened_view(app.standin)


def preview(app: RunningApp, csv_text: str) -> dict[str, Any]:
    answer = app.slack.submit(paste_form(app), import_values(csv_text), user=ADMIN)
    assert answer.status == 200
    payload = answer.json()
    assert isinstance(payload, dict)
    return payload


def test_the_import_command_opens_the_paste_form(seeded_app: RunningApp) -> None:
    view = paste_form(seeded_app)

    assert view["callback_id"] == ImportId.PASTE_CALLBACK
    assert any(block.get("block_id") == ImportId.CSV_BLOCK for block in view["blocks"])


def test_pasting_valid_csv_shows_a_preview_and_writes_nothing(seeded_app: RunningApp) -> None:
    before = state_of(seeded_app.factory), audit_actions(seeded_app.factory)

    answer = preview(seeded_app, GOOD)

    assert answer["response_action"] == "update"
    assert answer["view"]["callback_id"] == ImportId.CONFIRM_CALLBACK
    assert "Created: 2 agents" in answer["view"]["blocks"][0]["text"]["text"]
    assert (state_of(seeded_app.factory), audit_actions(seeded_app.factory)) == before


def test_confirming_the_preview_creates_the_agents_audited_as_one_import_and_each_change(
    seeded_app: RunningApp,
) -> None:
    confirm_view = preview(seeded_app, GOOD)["view"]
    before = audit_actions(seeded_app.factory)

    answer = seeded_app.slack.submit(confirm_view, import_values(GOOD), user=ADMIN).json()

    assert answer["response_action"] == "update"
    assert answer["view"]["callback_id"] == ImportId.DONE_CALLBACK
    assert agent_names(seeded_app.factory) == ["Ann", "Bob", "Cy"]
    after = audit_actions(seeded_app.factory)
    added = after[: len(after) - len(before)]  # newest first
    assert added.count("import") == 1
    assert added.count("agent.add") == 2
    assert added.count("agent.assign") == 1


def test_bad_rows_are_named_by_line_next_to_the_paste_box_and_nothing_is_written(
    seeded_app: RunningApp,
) -> None:
    before = state_of(seeded_app.factory), audit_actions(seeded_app.factory)
    csv_text = HEADER + "Ann,,,Support,\nDee,not-an-email,,Support,\nEve,,,Nowhere,\n"

    answer = preview(seeded_app, csv_text)

    assert answer["response_action"] == "errors"
    lines = answer["errors"][ImportId.CSV_BLOCK].splitlines()
    assert lines[0].startswith("line 3: ")
    assert lines[1].startswith("line 4: ")
    assert (state_of(seeded_app.factory), audit_actions(seeded_app.factory)) == before


def test_a_member_asking_for_the_import_form_is_refused_and_audited(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("import", user=MEMBER)

    assert "Only mmbot administrators" in answered_text(seeded_app.standin)
    assert seeded_app.standin.calls_to("views.open") == []
    assert audit_actions(seeded_app.factory)[0] == "refused"


def test_a_member_submitting_the_import_form_is_refused_next_to_the_paste_box_and_audited(
    seeded_app: RunningApp,
) -> None:
    view = paste_form(seeded_app)
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.submit(view, import_values(GOOD), user=MEMBER).json()

    assert answer["response_action"] == "errors"
    assert "Only mmbot administrators" in answer["errors"][ImportId.CSV_BLOCK]
    assert state_of(seeded_app.factory) == before
    assert audit_actions(seeded_app.factory)[0] == "refused"


def test_a_confirm_without_a_matching_preview_applies_nothing(seeded_app: RunningApp) -> None:
    confirm_view = preview(seeded_app, GOOD)["view"]
    seed(seeded_app.factory, "agent add Cy team=Support")

    answer = seeded_app.slack.submit(confirm_view, import_values(GOOD), user=ADMIN).json()

    assert answer["view"]["callback_id"] == ImportId.CONFIRM_CALLBACK
    assert agent_names(seeded_app.factory) == ["Bob", "Cy"]
