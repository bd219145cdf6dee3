"""What `list` and `agent list` can be narrowed to (SPEC §3, second version)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain.profiles import ProfileState, ProfileType


class ListState(StrEnum):
    """`list active|inactive|all|unassigned`: unassigned ones are active, non-system and unused."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = "all"
    UNASSIGNED = "unassigned"

    @property
    def profile_state(self) -> ProfileState | None:
        """The plain state, or None for UNASSIGNED."""
        return None if self is ListState.UNASSIGNED else ProfileState(self.value)


class ProfileFilter(BaseModel):
    """Which profiles a `list` shows; `name` is a part of the name, any case."""

    model_config = ConfigDict(frozen=True)

    state: ListState = ListState.ACTIVE
    type: ProfileType | None = None
    name: str | None = None


class AgentFilter(BaseModel):
    """Which agents an `agent list` shows: members of a team, agents a profile reaches."""

    model_config = ConfigDict(frozen=True)

    team_id: int | None = None
    profile_id: int | None = None
