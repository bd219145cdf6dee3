"""A page of profiles by state, type and a name fragment, matched literally, with its count."""

from __future__ import annotations

from domain.directory import ListState, ProfileFilter
from domain.profiles import ProfileSpec, ProfileType
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import ACTOR, AT, WORKSPACE, spec, start_workspace


def _names(uow_factory: SqlUnitOfWorkFactory, wanted: ProfileFilter, **page: int) -> list[str]:
    with uow_factory(WORKSPACE, write=False) as uow:
        found = uow.profiles.find(wanted, offset=page.get("offset", 0), limit=page.get("limit", 50))
        assert uow.profiles.count_matching(wanted) >= len(found)
        return [profile.name for profile in found]


def test_a_name_fragment_is_matched_literally_not_as_a_pattern(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        for name in ("A_b", "Axb", "Ab", "a_B_2"):
            uow.profiles.add(spec(name), system=False, actor=ACTOR, at=AT)
        uow.commit()
    wanted = ProfileFilter(state=ListState.ALL, name="a_b")
    assert _names(uow_factory, wanted) == ["A_b", "a_B_2"]
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.count_matching(wanted) == 2


def test_state_type_and_page_narrow_the_list_and_the_count_counts_them_all(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    with uow_factory(WORKSPACE) as uow:
        start_workspace(uow)
        for n in range(7):
            uow.profiles.add(spec(f"Blend {n}"), system=False, actor=ACTOR, at=AT)
        other = ProfileSpec.build(name="Excl 1", type="exclusive", voice=1)
        uow.profiles.add(other, system=False, actor=ACTOR, at=AT)
        uow.commit()
    blended = ProfileFilter(state=ListState.ACTIVE, type=ProfileType.BLENDED)
    assert _names(uow_factory, blended, offset=2, limit=3) == ["Blend 2", "Blend 3", "Blend 4"]
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.profiles.count_matching(blended) == 8  # and the default profile
        assert uow.profiles.count_matching(ProfileFilter(state=ListState.INACTIVE)) == 0
        everything = uow.profiles.count_matching(ProfileFilter(state=ListState.ALL))
    assert everything == 9
