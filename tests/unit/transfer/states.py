"""Hand-built workspace states for planning tests (planning is pure, so no database is needed)."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.org import Agent, Site, Team, TeamKind
from domain.profiles import DEFAULT_PROFILE_SPEC, Profile, ProfileSpec
from domain.transfer.state import CurrentState
from domain.workspace import Workspace

AT = datetime(2024, 1, 1, tzinfo=UTC)


def profile(spec: ProfileSpec, pid: int, *, active: bool = True, system: bool = False) -> Profile:
    stamps = dict.fromkeys(("created_at", "updated_at", "status_changed_at"), AT)
    people = dict.fromkeys(("created_by", "updated_by", "status_changed_by"), "admin")
    return Profile(**spec.model_dump(), id=pid, active=active, system=system, **stamps, **people)


DEFAULT = profile(DEFAULT_PROFILE_SPEC, 1, system=True)
CHAT = profile(ProfileSpec.build(name="Chat Heavy", type="blended", voice=1, chat=5), 2)
OLD = profile(ProfileSpec.build(name="Old", type="blended", email=1), 3, active=False)


def state(*, multimedia: bool = True) -> CurrentState:
    """Site Budapest (Chat Heavy) with teams Tier 1 and Overflow (capacity); agent Ann in Tier 1."""
    return CurrentState(
        workspace=Workspace(id="T1", multimedia_enabled=multimedia),
        profiles=(DEFAULT, CHAT, OLD),
        sites=(Site(id=1, name="Budapest", profile_id=2, profile_name="Chat Heavy"),),
        teams=(
            Team(id=1, name="Tier 1", site_id=1, site_name="Budapest"),
            Team(id=2, name="Overflow", site_id=1, site_name="Budapest", kind=TeamKind.CAPACITY),
        ),
        agents=(Agent(id=1, name="Ann", teams=("Tier 1",)),),
    )
