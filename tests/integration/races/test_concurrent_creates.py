"""Two administrators create the same name (in different case) at once: exactly one wins."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from domain.errors import DuplicateName
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.profiles import ProfileType
from domain.services import profiles
from domain.services.profiles import ProfileFields
from tests.integration.races.concurrency import Background, Hold, run_together
from tests.integration.races.conftest import ALICE, BOB, WORKSPACE, Command, in_transaction
from tests.support.texts import english

BLOCKED_FOR = 0.3


def creating(name: str) -> Callable[[UnitOfWork], str]:
    def change(uow: UnitOfWork) -> str:
        actor = ALICE if name.islower() else BOB
        fields = ProfileFields(name=name, type=ProfileType.BLENDED, chat=2)
        return profiles.create(uow, actor, fields).name

    return change


def stored_names(factory: UnitOfWorkFactory) -> list[str]:
    with factory(WORKSPACE, write=False) as uow:
        return [p.name for p in uow.profiles.list() if not p.system]


def test_a_create_waiting_behind_an_uncommitted_create_of_the_same_name_gets_a_clean_duplicate(
    command: Command, uow_factory: UnitOfWorkFactory
) -> None:
    hold = Hold()
    first = Background(lambda: in_transaction(uow_factory, creating("night shift"), hold))
    assert hold.reached.wait(10)
    second = Background(lambda: in_transaction(uow_factory, creating("NIGHT SHIFT"), lambda: None))
    assert not second.finished.wait(BLOCKED_FOR)
    hold.released.set()
    assert first.result().value == "night shift"
    refused = second.result().error
    assert isinstance(refused, DuplicateName)
    assert "night shift" in english(refused)
    assert stored_names(uow_factory) == ["night shift"]


@pytest.mark.parametrize("attempt", range(5))
def test_of_two_creates_started_at_once_exactly_one_wins_through_the_executor(
    command: Command, uow_factory: UnitOfWorkFactory, attempt: int
) -> None:
    outcomes = run_together(
        lambda: command('create "night shift" type=blended chat=2', actor=ALICE),
        lambda: command('create "NIGHT SHIFT" type=blended chat=3', actor=BOB),
    )
    errors = [o.error for o in outcomes if o.error is not None]
    assert len(errors) == 1
    assert isinstance(errors[0], DuplicateName)
    assert len(stored_names(uow_factory)) == 1
