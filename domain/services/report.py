"""The profile report (SPEC §4): inactive profiles, unassigned profiles and a summary."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from domain.audit import Actor
from domain.clock import utc_now
from domain.ports import UnitOfWork
from domain.profiles import DEFAULT_PROFILE_NAME, ProfileState


class InactiveProfile(BaseModel):
    """A deletion candidate: inactive since when, and by whom."""

    model_config = ConfigDict(frozen=True)

    name: str
    since: datetime
    by: Actor


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)

    workspace_id: str
    generated_at: datetime
    inactive: tuple[InactiveProfile, ...]
    unassigned: tuple[str, ...]
    profiles_by_state: dict[ProfileState, int]
    agents_per_profile: dict[str, int]
    multimedia_enabled: bool = True

    @property
    def has_findings(self) -> bool:
        """True when there is something to act on (otherwise only an all-clear could be posted)."""
        return bool(self.inactive or self.unassigned)

    @property
    def agent_total(self) -> int:
        """Agents counted in the summary (all of them while multimedia is off)."""
        return sum(self.agents_per_profile.values())


def build_report(uow: UnitOfWork) -> Report:
    """Compute the report for the unit of work's workspace with set-based queries."""
    workspace = uow.workspaces.get()
    multimedia = workspace is not None and workspace.multimedia_enabled
    inactive = tuple(
        InactiveProfile(name=p.name, since=p.status_changed_at, by=p.status_changed_by)
        for p in uow.profiles.list(ProfileState.INACTIVE)
    )
    # While multimedia is off every agent gets the default profile, whatever is assigned.
    agents = (
        uow.profiles.agents_per_effective_profile()
        if multimedia
        else {DEFAULT_PROFILE_NAME: uow.agents.count()}
    )
    return Report(
        workspace_id=uow.workspace_id,
        generated_at=utc_now(),
        inactive=inactive,
        unassigned=tuple(p.name for p in uow.profiles.unassigned_active()),
        profiles_by_state=uow.profiles.count_by_state(),
        agents_per_profile=agents,
        multimedia_enabled=multimedia,
    )
