"""Deactivating a profile while someone assigns it can never leave an inactive profile assigned."""

from __future__ import annotations

import functools

import pytest
from sqlalchemy import Engine

from domain.errors import ProfileInactive, ProfileInUse
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.services import assignments, profiles
from tests.integration.races.concurrency import Background, Hold, run_together
from tests.integration.races.conftest import (
    ALICE,
    BOB,
    Command,
    in_transaction,
    inactive_but_assigned,
)

REPEATS = 25
TARGETS = ("site Pest", "team Desk", "agent Ann")
BLOCKED_FOR = 0.3


def assign_to_ann(uow: UnitOfWork) -> object:
    return assignments.assign_to_agent(uow, ALICE, "Spare", "Ann")


def deactivate_spare(uow: UnitOfWork) -> object:
    return profiles.deactivate(uow, BOB, "Spare")


def test_a_deactivate_waiting_behind_an_uncommitted_assign_sees_it_and_is_refused(
    small_org: Command, uow_factory: UnitOfWorkFactory, engine: Engine
) -> None:
    small_org("create Spare type=blended chat=1")
    hold = Hold()
    assigning = Background(lambda: in_transaction(uow_factory, assign_to_ann, hold))
    assert hold.reached.wait(10)
    deactivating = Background(lambda: in_transaction(uow_factory, deactivate_spare, lambda: None))
    assert not deactivating.finished.wait(BLOCKED_FOR)
    hold.released.set()
    assert assigning.result().error is None
    assert isinstance(deactivating.result().error, ProfileInUse)
    assert inactive_but_assigned(engine) == []


def test_an_assign_waiting_behind_an_uncommitted_deactivate_sees_it_and_is_refused(
    small_org: Command, uow_factory: UnitOfWorkFactory, engine: Engine
) -> None:
    small_org("create Spare type=blended chat=1")
    hold = Hold()
    deactivating = Background(lambda: in_transaction(uow_factory, deactivate_spare, hold))
    assert hold.reached.wait(10)
    assigning = Background(lambda: in_transaction(uow_factory, assign_to_ann, lambda: None))
    assert not assigning.finished.wait(BLOCKED_FOR)
    hold.released.set()
    assert deactivating.result().error is None
    assert isinstance(assigning.result().error, ProfileInactive)
    assert inactive_but_assigned(engine) == []


@pytest.mark.slow
def test_racing_deactivate_and_assign_many_times_never_leaves_an_inactive_profile_assigned(
    small_org: Command, engine: Engine
) -> None:
    finishes: set[str] = set()
    for attempt in range(REPEATS):
        name = f"Spare {attempt}"
        target = TARGETS[attempt % len(TARGETS)]
        small_org(f'create "{name}" type=blended chat=1')
        deactivate, assign = run_together(
            functools.partial(small_org, f'deactivate "{name}"', actor=BOB),
            functools.partial(small_org, f'assign "{name}" {target}', actor=ALICE),
        )
        assert inactive_but_assigned(engine) == [], f"attempt {attempt}"
        if deactivate.error is None:
            assert isinstance(assign.error, ProfileInactive), f"attempt {attempt}"
            finishes.add("deactivated first")
        else:
            assert isinstance(deactivate.error, ProfileInUse), f"attempt {attempt}"
            assert assign.error is None, f"attempt {attempt}"
            finishes.add("assigned first")
            # Free the target again so the next attempt starts from the same shape.
            if target == "site Pest":
                small_org("assign Default_Telephony_Profile site Pest")
            else:
                small_org(f"unassign {target}")
    assert finishes, "no attempt finished"
