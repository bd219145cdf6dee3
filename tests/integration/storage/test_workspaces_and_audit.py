"""Workspace settings and the audit trail."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from domain.audit import AuditRecord
from domain.workspace import Workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import ACTOR, AT, OTHER_WORKSPACE, WORKSPACE


def test_ensure_inserts_the_workspace_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory(WORKSPACE) as uow:
        assert uow.workspaces.get() is None
        assert uow.workspaces.ensure(Workspace(id=WORKSPACE, created_at=AT)) is True
        assert uow.workspaces.ensure(Workspace(id=WORKSPACE, multimedia_enabled=True)) is False
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.workspaces.get() == Workspace(id=WORKSPACE, created_at=AT)


def test_concurrent_ensures_insert_exactly_one_row(uow_factory: SqlUnitOfWorkFactory) -> None:
    results: list[bool] = []
    barrier = threading.Barrier(4)

    def first_use() -> None:
        barrier.wait()
        with uow_factory(WORKSPACE) as uow:
            results.append(uow.workspaces.ensure(Workspace(id=WORKSPACE)))
            uow.commit()

    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    assert uow_factory.workspace_ids() == [WORKSPACE]


def test_ensure_refuses_defaults_for_another_workspace(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory(WORKSPACE) as uow, pytest.raises(ValueError, match="T002"):
        uow.workspaces.ensure(Workspace(id=OTHER_WORKSPACE))


def test_saved_settings_read_back_and_workspace_ids_are_in_order(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    settings = Workspace(
        id=WORKSPACE,
        multimedia_enabled=True,
        report_channel="C1",
        report_schedule="0 8 * * 1-5",
        timezone="Europe/Budapest",
        audit_channel="C2",
        report_all_clear=True,
        created_at=AT,
    )
    with uow_factory(WORKSPACE) as uow:
        assert uow.workspaces.save(settings) == settings
        uow.commit()
    with uow_factory(OTHER_WORKSPACE) as uow:
        uow.workspaces.ensure(Workspace(id=OTHER_WORKSPACE))
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.workspaces.get() == settings
    assert uow_factory.workspace_ids() == [WORKSPACE, OTHER_WORKSPACE]


def test_audit_records_read_back_newest_first_per_profile(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    def record(minutes: int, action: str, profile_id: int | None) -> AuditRecord:
        return AuditRecord(
            at=AT + timedelta(minutes=minutes),
            actor=ACTOR,
            action=action,
            object_type="profile",
            object_name="Desk",
            profile_id=profile_id,
            before={"chat": 1},
            after={"chat": 2, "at": AT},
        )

    with uow_factory(WORKSPACE) as uow:
        uow.workspaces.ensure(Workspace(id=WORKSPACE))
        uow.audit.add(record(0, "create", 7))
        uow.audit.add(record(2, "edit", 7))
        uow.audit.add(record(1, "create", 8))
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        history = uow.audit.for_profile(7, limit=10)
        latest = uow.audit.latest(limit=2)
    assert [(r.action, r.profile_id) for r in history] == [("edit", 7), ("create", 7)]
    assert [(r.at, r.profile_id) for r in latest] == [
        (AT + timedelta(minutes=2), 7),
        (AT + timedelta(minutes=1), 8),
    ]
    assert history[0].id is not None
    # Datetimes inside before/after are stored as ISO text.
    assert history[0].after == {"chat": 2, "at": AT.isoformat().replace("+00:00", "Z")}
    assert uow_factory.workspace_ids() == [WORKSPACE]


def test_administrators_read_back_as_a_tuple_and_each_change_is_seen(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    def saved(**settings: object) -> Workspace:
        with uow_factory(WORKSPACE) as uow:
            uow.workspaces.save(Workspace(id=WORKSPACE, created_at=AT, **settings))
            uow.commit()
        with uow_factory(WORKSPACE, write=False) as uow:
            found = uow.workspaces.get()
        assert found is not None
        return found

    assert saved(admin_users=("UANN", "UBOB")).admin_users == ("UANN", "UBOB")
    # A reader shares the Workspace made for the same row, and a changed row is a new one.
    assert saved(admin_users=("UANN",)).admin_users == ("UANN",)
    cleared = saved(admin_users=(), multimedia_enabled=True)
    assert (cleared.admin_users, cleared.multimedia_enabled) == ((), True)
    assert cleared.created_at == AT
