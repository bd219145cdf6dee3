"""Units of work: all or nothing, one workspace each, busy stores reported as StoreBusy and
unreachable ones as StoreUnreachable."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

import storage.engine as engine_settings
from domain.errors import StoreBusy, StoreUnreachable
from domain.profiles import ProfileState
from domain.workspace import Workspace
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import (
    ACTOR,
    AT,
    OTHER_WORKSPACE,
    WORKSPACE,
    spec,
    start_workspace,
)


def test_changes_are_rolled_back_unless_committed(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
    with uow_factory(WORKSPACE) as uow:
        assert uow.workspaces.get() is None
        start_workspace(uow)
        uow.commit()
    with uow_factory(WORKSPACE) as uow:
        uow.profiles.add(spec("Draft"), system=False, actor=ACTOR, at=AT)
        uow.rollback()
        assert uow.profiles.get_by_name("Draft") is None


def test_an_error_inside_the_block_discards_its_changes(uow_factory: SqlUnitOfWorkFactory) -> None:
    def fail_halfway() -> None:
        with uow_factory(WORKSPACE) as uow:
            start_workspace(uow)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_halfway()
    assert uow_factory.workspace_ids() == []


def test_nothing_is_visible_or_changeable_across_workspaces(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        mine = start_workspace(uow)
        desk = uow.profiles.add(spec("Desk"), system=False, actor=ACTOR, at=AT)
        uow.sites.add("North", mine.id)
        uow.commit()
    with uow_factory(OTHER_WORKSPACE) as uow:
        theirs = start_workspace(uow)
        assert uow.profiles.get(desk.id) is None
        assert uow.profiles.get_by_name("Desk") is None
        assert uow.profiles.names() == [theirs.name]
        assert uow.sites.list() == []
        assert uow.sites.search("north", limit=5) == []
        assert uow.profiles.count_by_state()[ProfileState.ALL] == 1
        # Same name in another workspace is fine; a reference into another workspace is not.
        uow.sites.add("North", theirs.id)
        with pytest.raises(LookupError):
            uow.profiles.delete(desk.id)
        with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
            uow.sites.add("South", desk.id)


def test_a_read_can_proceed_while_a_writer_holds_its_lock(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        uow.commit()
    with uow_factory(WORKSPACE) as writer, uow_factory(WORKSPACE, write=False) as reader:
        writer.profiles.add(spec("Pending"), system=False, actor=ACTOR, at=AT)
        assert reader.profiles.get_by_name("Pending") is None
        assert reader.workspaces.get() is not None


def test_a_writer_that_cannot_get_the_lock_in_time_raises_store_busy(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_settings, "BUSY_TIMEOUT_SECONDS", 0.2)
    monkeypatch.setattr(engine_settings, "LOCK_TIMEOUT_MS", 200)
    engine = make_engine(database_url)
    factory = SqlUnitOfWorkFactory(engine)
    try:
        with factory(WORKSPACE) as uow:
            start_workspace(uow)
            uow.commit()
        with factory(WORKSPACE) as holder:
            holder.profiles.get_by_name("Default_Telephony_Profile", for_update=True)
            with pytest.raises(StoreBusy), factory(WORKSPACE) as waiter:
                waiter.profiles.get_by_name("Default_Telephony_Profile", for_update=True)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_an_unreachable_postgres_server_raises_store_unreachable(postgres_server_url: str) -> None:
    dead = make_engine(make_url(postgres_server_url).set(host="127.0.0.1", port=1))
    try:
        with pytest.raises(StoreUnreachable), SqlUnitOfWorkFactory(dead)(WORKSPACE) as uow:
            uow.workspaces.ensure(Workspace(id=WORKSPACE))
    finally:
        dead.dispose()
