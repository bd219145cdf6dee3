"""The Slack import modal's flow: paste → preview (or errors by line) → confirm applies exactly that."""

from __future__ import annotations

from typing import Any

from bot.ids import ImportId
from bot.transfer import flow
from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.audit import Actor
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.support.commands import FixedAdmins

USER = Actor(kind="slack", id="UADMIN", name="admin")
CALLER = Caller("T1", USER)


def app_of(factory: SqlUnitOfWorkFactory) -> Application:
    """The application entry as the bot builds it, with an administrator calling."""
    return Application(factory, FixedAdmins(True), NoNotifier())


HEADER = "name,email,slack,teams,profile\n"


def submitted(csv_text: str, metadata: str = "") -> dict[str, Any]:
    """The paste form as Slack submits it; with the preview's metadata, the confirmation."""
    value = {ImportId.CSV_ACTION.value: {"type": "plain_text_input", "value": csv_text}}
    callback = ImportId.CONFIRM_CALLBACK if metadata else ImportId.PASTE_CALLBACK
    return {
        "callback_id": callback.value,
        "state": {"values": {ImportId.CSV_BLOCK.value: value}},
        "private_metadata": metadata,
    }


def agent_names(factory: SqlUnitOfWorkFactory) -> list[str]:
    with factory("T1", write=False) as uow:
        return uow.agents.names()


def test_pasting_csv_shows_a_preview_and_confirming_applies_it(
    mm: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    mm("site add Budapest")
    mm('team add "Tier 1" site=Budapest')
    csv_text = HEADER + "Ann,,,Tier 1,\nBob,,,Tier 1,\n"
    answer = flow.preview(app_of(uow_factory), CALLER, submitted(csv_text))
    assert answer["response_action"] == "update"
    view = answer["view"]
    assert view["callback_id"] == ImportId.CONFIRM_CALLBACK
    assert "Created: 2 agents" in view["blocks"][0]["text"]["text"]
    assert agent_names(uow_factory) == []
    done = flow.confirm(app_of(uow_factory), CALLER, submitted(csv_text, view["private_metadata"]))
    assert done["view"]["callback_id"] == ImportId.DONE_CALLBACK
    assert agent_names(uow_factory) == ["Ann", "Bob"]


def test_bad_rows_come_back_as_a_field_error_on_the_paste_block_naming_each_line(
    mm: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    mm("site add Budapest")
    mm('team add "Tier 1" site=Budapest')
    answer = flow.preview(
        app_of(uow_factory),
        CALLER,
        submitted(HEADER + "Ann,,,Tier 1,\nBob,x,,Tier 1,\nCy,,,Nope,\n"),
    )
    assert answer["response_action"] == "errors"
    text = answer["errors"][ImportId.CSV_BLOCK]
    assert text.splitlines()[0].startswith("line 3: 'x' is not an email address")
    assert text.splitlines()[1].startswith('line 4: There is no team named "Nope"')


def test_a_confirm_after_the_csv_was_edited_shows_a_new_preview_instead_of_applying(
    mm: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    mm("site add Budapest")
    mm('team add "Tier 1" site=Budapest')
    first = flow.preview(app_of(uow_factory), CALLER, submitted(HEADER + "Ann,,,Tier 1,\n"))
    edited = submitted(HEADER + "Ann,,,Tier 1,\nBob,,,Tier 1,\n", first["view"]["private_metadata"])
    again = flow.confirm(app_of(uow_factory), CALLER, edited)
    assert again["view"]["callback_id"] == ImportId.CONFIRM_CALLBACK
    assert agent_names(uow_factory) == []
