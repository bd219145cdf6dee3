"""Two administrators save the same profile from the same opened form: one wins, one is told."""

from __future__ import annotations

import pytest

from domain.errors import StaleVersion
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.services import profiles
from domain.services.profiles import ProfileFields
from tests.integration.races.concurrency import Background, Hold, run_together
from tests.integration.races.conftest import ALICE, BOB, WORKSPACE, Command, in_transaction
from tests.support.texts import in_slack

BLOCKED_FOR = 0.3


def opened_version(factory: UnitOfWorkFactory, name: str) -> int:
    """The version a form shows when it is opened (read in its own transaction)."""
    with factory(WORKSPACE, write=False) as uow:
        found = uow.profiles.get_by_name(name)
        assert found is not None
        return found.version


def save(factory: UnitOfWorkFactory, chat: int, version: int, hold: Hold | None = None) -> int:
    fields = ProfileFields(chat=chat)
    actor = ALICE if chat == 2 else BOB

    def change(uow: UnitOfWork) -> int:
        saved = profiles.edit(uow, actor, "Night", fields, expected_version=version)
        return saved.profile.chat

    return in_transaction(factory, change, hold or (lambda: None))


def test_the_second_save_waits_for_the_first_and_is_refused_as_stale(
    command: Command, uow_factory: UnitOfWorkFactory
) -> None:
    command("create Night type=blended voice=1 chat=1")
    version = opened_version(uow_factory, "Night")
    hold = Hold()
    first = Background(lambda: save(uow_factory, 2, version, hold))
    assert hold.reached.wait(10)
    second = Background(lambda: save(uow_factory, 3, version))
    # The second writer must queue behind the first one's open transaction, not overtake it.
    assert not second.finished.wait(BLOCKED_FOR)
    hold.released.set()
    assert first.result().error is None
    refused = second.result().error
    assert isinstance(refused, StaleVersion)
    assert "<@UALICE>" in in_slack(refused)
    with uow_factory(WORKSPACE, write=False) as uow:
        stored = uow.profiles.get_by_name("night")
    assert stored is not None
    assert (stored.chat, stored.version) == (2, version + 1)


@pytest.mark.parametrize("attempt", range(5))
def test_of_two_saves_started_at_once_exactly_one_wins(
    command: Command, uow_factory: UnitOfWorkFactory, attempt: int
) -> None:
    command("create Night type=blended voice=1 chat=1")
    version = opened_version(uow_factory, "Night")
    outcomes = run_together(
        lambda: save(uow_factory, 2, version), lambda: save(uow_factory, 3, version)
    )
    winners = [o.value for o in outcomes if o.error is None]
    losers = [o.error for o in outcomes if o.error is not None]
    assert len(winners) == 1
    assert len(losers) == 1
    assert isinstance(losers[0], StaleVersion)
    with uow_factory(WORKSPACE, write=False) as uow:
        stored = uow.profiles.get_by_name("Night")
        history = uow.audit.for_profile(stored.id, limit=10) if stored else []
    assert stored is not None
    assert (stored.chat, stored.version) == (winners[0], version + 1)
    assert [record.action for record in history].count("profile.edit") == 1
