"""SPEC §1–§2 profile rules, run through the executor against a real database."""

from __future__ import annotations

import pytest

from domain.errors import (
    DuplicateName,
    NotAdministrator,
    NotFound,
    ProfileInUse,
    ProfileStillActive,
    StaleVersion,
    SystemProfileLocked,
    ValidationFailed,
)
from domain.ports import UnitOfWorkFactory
from domain.profiles import DEFAULT_PROFILE_NAME, DEFAULT_PROFILE_SPEC, ProfileState
from domain.services import lookup, profiles
from domain.services.profiles import ProfileFields
from tests.integration.domain.conftest import ADMIN, MEMBER, Runner
from tests.support.texts import english


def profile_count(uow_factory: UnitOfWorkFactory, workspace: str = "T1") -> int:
    with uow_factory(workspace, write=False) as uow:
        return len(uow.profiles.list(ProfileState.ALL))


def test_a_created_profile_is_active_and_shown_with_its_values(mm: Runner) -> None:
    created = mm('create "Chat Heavy" type=blended voice=1 chat=5 email=2')
    assert "Chat Heavy" in created.headline
    shown = mm('show "chat heavy"').as_text()
    assert 'Profile "Chat Heavy"' in shown
    assert "Voice 1 · Chat 5 · Email 2 · Social 0" in shown
    assert "State: active" in shown


def test_the_default_profile_exists_from_the_first_use_of_a_workspace(mm: Runner) -> None:
    listing = mm("list all").as_text()
    assert DEFAULT_PROFILE_NAME in listing
    assert "active, system" in listing


@pytest.mark.parametrize(
    "text",
    [
        "create P type=blended voice=2",
        "create P type=blended chat=6",
        "create P type=blended_realtime voice=0 chat=1",
        "create P type=blended_realtime chat=0",
        "create P type=exclusive voice=1 chat=2",
        'create "Über" type=blended voice=1',
        "create " + "x" * 81 + " type=blended voice=1",
    ],
)
def test_a_refused_create_writes_nothing(
    mm: Runner, uow_factory: UnitOfWorkFactory, text: str
) -> None:
    mm("list")
    before = profile_count(uow_factory)
    with pytest.raises(ValidationFailed):
        mm(text)
    assert profile_count(uow_factory) == before


def test_a_name_that_differs_only_in_case_is_a_duplicate(
    mm: Runner, uow_factory: UnitOfWorkFactory
) -> None:
    mm('create "Chat Heavy" type=blended chat=5')
    with pytest.raises(DuplicateName, match='"Chat Heavy" already exists'):
        mm('create "CHAT heavy" type=blended chat=1')
    assert profile_count(uow_factory) == 2


def test_deactivating_an_assigned_profile_lists_its_references(org: Runner) -> None:
    org('assign "Chat Heavy" team "Tier 1"')
    org('assign "Chat Heavy" agent Bob')
    with pytest.raises(ProfileInUse) as refusal:
        org('deactivate "Chat Heavy"')
    assert refusal.value.total == 2
    assert 'team "Tier 1"' in english(refusal.value)
    assert 'agent "Bob"' in english(refusal.value)


def test_a_refusal_lists_ten_references_then_a_count(org: Runner) -> None:
    for number in range(12):
        org(f'site add S{number:02d} profile="Chat Heavy"')
    with pytest.raises(ProfileInUse) as refusal:
        org('deactivate "Chat Heavy"')
    assert len(refusal.value.references) == 10
    assert "and 2 more" in english(refusal.value)


def test_an_active_profile_cannot_be_deleted_but_an_inactive_one_can(
    org: Runner, uow_factory: UnitOfWorkFactory
) -> None:
    with pytest.raises(ProfileStillActive):
        org('delete "Chat Heavy"')
    org('deactivate "Chat Heavy"')
    org('delete "Chat Heavy"')
    with pytest.raises(NotFound):
        org('show "Chat Heavy"')


@pytest.mark.parametrize(
    "text",
    [
        f"edit {DEFAULT_PROFILE_NAME} chat=1",
        f"edit {DEFAULT_PROFILE_NAME} name=Renamed",
        f"deactivate {DEFAULT_PROFILE_NAME}",
        f"delete {DEFAULT_PROFILE_NAME}",
    ],
)
def test_the_default_profile_cannot_be_changed(
    mm: Runner, uow_factory: UnitOfWorkFactory, text: str
) -> None:
    with pytest.raises(SystemProfileLocked):
        mm(text)
    with uow_factory("T1", write=False) as uow:
        default = uow.profiles.get_by_name(DEFAULT_PROFILE_NAME)
    assert default is not None
    assert default.spec == DEFAULT_PROFILE_SPEC
    assert default.active
    assert default.system


def test_an_unknown_profile_name_suggests_the_closest_names(mm: Runner) -> None:
    mm('create "Chat Heavy" type=blended chat=5')
    with pytest.raises(NotFound, match='Did you mean "Chat Heavy"'):
        mm('show "Chat Hevy"')


def test_history_shows_each_change_with_actor_before_and_after(org: Runner) -> None:
    org('edit "Chat Heavy" chat=3')
    org('assign "Chat Heavy" team "Tier 1"')
    org('unassign team "Tier 1"')
    org('deactivate "Chat Heavy"', actor=ADMIN)
    history = org('history "Chat Heavy"')
    assert history.table is not None
    actions = [row[2] for row in history.table.rows]
    assert actions == [
        "profile.deactivate",
        "team.unassign",
        "team.assign",
        "profile.edit",
        "profile.create",
    ]
    edit_row = history.table.rows[3]
    assert edit_row[1] == "admin (CLI)"
    assert "chat=5" in edit_row[4]
    assert "chat=3" in edit_row[5]


def test_an_edit_based_on_an_older_version_is_refused_as_a_conflict(
    mm: Runner, uow_factory: UnitOfWorkFactory
) -> None:
    mm('create "Chat Heavy" type=blended chat=5')
    with uow_factory("T1", write=False) as uow:
        opened_version = lookup.profile(uow, "Chat Heavy").version
    mm('edit "Chat Heavy" chat=4')
    with (
        pytest.raises(StaleVersion, match=r"changed by admin \(CLI\) after you opened it"),
        uow_factory("T1") as uow,
    ):
        profiles.edit(
            uow, ADMIN, "Chat Heavy", ProfileFields(chat=1), expected_version=opened_version
        )
    assert "Chat 4" in mm('show "Chat Heavy"').as_text()


def test_a_member_who_is_not_an_administrator_cannot_change_anything(
    mm: Runner, uow_factory: UnitOfWorkFactory
) -> None:
    with pytest.raises(NotAdministrator):
        mm("create P type=blended voice=1", actor=MEMBER, admin=False)
    assert profile_count(uow_factory) == 1
    with uow_factory("T1", write=False) as uow:
        refusal = uow.audit.latest(limit=1)[0]
    assert (refusal.action, refusal.object_name, refusal.actor) == ("refused", "create", MEMBER)
    assert "Default_Telephony_Profile" in mm("list", actor=MEMBER, admin=False).as_text()


def test_workspaces_never_see_each_other(mm: Runner) -> None:
    mm('create "Chat Heavy" type=blended chat=5', workspace="T1")
    with pytest.raises(NotFound):
        mm('show "Chat Heavy"', workspace="T2")
    mm('create "Chat Heavy" type=blended chat=1', workspace="T2")
    assert "Chat 5" in mm('show "Chat Heavy"', workspace="T1").as_text()
