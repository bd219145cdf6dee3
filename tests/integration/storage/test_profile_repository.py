"""Profiles round-trip, stay unique regardless of case, and refuse stale or blocked writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from domain.audit import Actor, ActorKind
from domain.errors import DuplicateName, NotFound, ProfileInUse, StaleVersion
from domain.profiles import DEFAULT_PROFILE_NAME, ProfileState, ProfileType
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import ACTOR, AT, WORKSPACE, Org, spec, start_workspace
from tests.support.texts import english

BOB = Actor(kind=ActorKind.SLACK, id="UBOB", name="bob")


def test_an_added_profile_reads_back_equal_by_id_and_by_name_in_any_case(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        added = uow.profiles.add(spec("Chat Heavy", chat=5), system=False, actor=ACTOR, at=AT)
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.get(added.id) == added
        assert uow.profiles.get_by_name("  chat HEAVY ") == added
        assert uow.profiles.get_by_name("Chat Heavy", for_update=True) == added
    assert (added.version, added.active, added.system, added.type) == (
        1,
        True,
        False,
        ProfileType.BLENDED,
    )
    assert (added.chat, added.created_by, added.status_changed_at) == (5, ACTOR, AT)


def test_stored_times_come_back_timezone_aware_in_utc(uow_factory: SqlUnitOfWorkFactory) -> None:
    budapest = timezone(timedelta(hours=1))
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        uow.profiles.add(
            spec("Late"), system=False, actor=ACTOR, at=datetime(2025, 1, 1, 0, 30, tzinfo=budapest)
        )
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        stored = uow.profiles.get_by_name("Late")
    assert stored is not None
    assert stored.created_at == datetime(2024, 12, 31, 23, 30, tzinfo=UTC)
    assert stored.created_at.utcoffset() == timedelta(0)


def test_lists_and_names_are_in_case_insensitive_order_and_filter_by_state(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        default = start_workspace(uow)
        beta = uow.profiles.add(spec("beta"), system=False, actor=ACTOR, at=AT)
        uow.profiles.add(spec("Alpha"), system=False, actor=ACTOR, at=AT)
        uow.profiles.save(beta.model_copy(update={"active": False}), expected_version=1)
        assert uow.profiles.names() == ["Alpha", "beta", DEFAULT_PROFILE_NAME]
        assert [p.name for p in uow.profiles.list()] == ["Alpha", "beta", default.name]
        assert [p.name for p in uow.profiles.list(ProfileState.ACTIVE)] == ["Alpha", default.name]
        assert [p.name for p in uow.profiles.list(ProfileState.INACTIVE)] == ["beta"]


def test_a_name_differing_only_in_case_is_a_duplicate(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        uow.profiles.add(spec("Chat Heavy"), system=False, actor=ACTOR, at=AT)
        with pytest.raises(DuplicateName) as refused:
            uow.profiles.add(spec("CHAT heavy"), system=False, actor=ACTOR, at=AT)
        # The transaction is still usable after the refusal.
        uow.profiles.add(spec("Chat Light"), system=False, actor=ACTOR, at=AT)
        uow.commit()
    assert refused.value.params == {
        "kind": "profile",
        "name": "CHAT heavy",
        "existing": "Chat Heavy",
    }
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.names() == ["Chat Heavy", "Chat Light", DEFAULT_PROFILE_NAME]


def test_renaming_onto_another_profiles_name_is_a_duplicate(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        uow.profiles.add(spec("Alpha"), system=False, actor=ACTOR, at=AT)
        beta = uow.profiles.add(spec("Beta"), system=False, actor=ACTOR, at=AT)
        with pytest.raises(DuplicateName):
            uow.profiles.save(beta.model_copy(update={"name": "alpha"}), expected_version=1)
        renamed = uow.profiles.save(beta.model_copy(update={"name": "BETA"}), expected_version=1)
    assert (renamed.name, renamed.version) == ("BETA", 2)


def test_save_writes_every_field_and_bumps_the_version(uow_factory: SqlUnitOfWorkFactory) -> None:
    later = AT + timedelta(hours=1)
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        added = uow.profiles.add(spec("Desk"), system=False, actor=ACTOR, at=AT)
        changed = added.model_copy(
            update={
                "description": "Email only",
                "type": ProfileType.EXCLUSIVE,
                "voice": 0,
                "chat": 0,
                "email": 1,
                "active": False,
                "updated_at": later,
                "updated_by": Actor(kind=ActorKind.SLACK, id="UANN", name="ann"),
                "status_changed_at": later,
                "status_changed_by": Actor(kind=ActorKind.SLACK, id="UANN", name="ann"),
            }
        )
        saved = uow.profiles.save(changed, expected_version=1)
        uow.commit()
    assert saved == changed.model_copy(update={"version": 2})
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.get(added.id) == saved


def test_saving_from_a_stale_version_raises_stale_version_naming_who_saved(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        opened = uow.profiles.add(spec("Desk"), system=False, actor=ACTOR, at=AT)
        uow.commit()
    with uow_factory(WORKSPACE) as uow:
        uow.profiles.save(
            opened.model_copy(update={"chat": 2, "updated_by": BOB}), expected_version=1
        )
        uow.commit()
    with uow_factory(WORKSPACE) as uow, pytest.raises(StaleVersion) as refused:
        uow.profiles.save(opened.model_copy(update={"chat": 3}), expected_version=1)
    assert refused.value.params == {"profile": "Desk", "by": BOB}
    with uow_factory(WORKSPACE, write=False) as uow:
        stored = uow.profiles.get(opened.id)
    assert stored is not None
    assert (stored.chat, stored.version) == (2, 2)


def test_saving_a_deleted_profile_is_not_found(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        gone = uow.profiles.add(spec("Gone"), system=False, actor=ACTOR, at=AT)
        uow.profiles.delete(gone.id)
        with pytest.raises(NotFound):
            uow.profiles.save(gone, expected_version=1)
        assert uow.profiles.get(gone.id) is None
        with pytest.raises(LookupError):
            uow.profiles.delete(gone.id)


def test_a_referenced_profile_cannot_be_deleted_and_the_refusal_lists_its_references(
    uow_factory: SqlUnitOfWorkFactory, org: Org
) -> None:
    with uow_factory(WORKSPACE) as uow:
        with pytest.raises(ProfileInUse) as refused:
            uow.profiles.delete(org.email_desk.id)
        references = [english(r) for r in refused.value.references]
        assert (references, refused.value.total) == (['site "South"'], 1)
        assert uow.profiles.get(org.email_desk.id) == org.email_desk
        uow.profiles.delete(org.unused.id)
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.get(org.unused.id) is None
