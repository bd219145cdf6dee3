"""What the domain needs from storage. `storage/` implements these protocols.

A unit of work is bound to one workspace: every repository it hands out sees and
changes only that workspace's rows, so nothing can leak across workspaces.
Names are looked up case-insensitively everywhere.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from domain.audit import Actor, AuditRecord
from domain.directory import AgentFilter, ProfileFilter
from domain.history import HistorySubject
from domain.org import Agent, EffectiveProfile, References, Site, Team, TeamKind, Usage
from domain.profiles import Profile, ProfileSpec, ProfileState
from domain.workspace import Workspace


class WorkspaceRepository(Protocol):
    def get(self) -> Workspace | None: ...

    def ensure(self, defaults: Workspace) -> bool:
        """Insert the workspace row if it is missing (safe against a concurrent insert); True if inserted."""
        ...

    def save(self, workspace: Workspace) -> Workspace: ...


class UserLanguageRepository(Protocol):
    def get(self, user_id: str) -> str | None:
        """The language `user_id` chose in this workspace, or None when they chose none."""
        ...

    def set(self, user_id: str, language: str | None) -> None:
        """Store `user_id`'s choice; None forgets it (the workspace's language applies again)."""
        ...


class ProfileRepository(Protocol):
    def get(self, profile_id: int) -> Profile | None: ...

    def get_by_name(self, name: str, *, for_update: bool = False) -> Profile | None:
        """Case-insensitive lookup; `for_update` locks the row until the unit of work ends."""
        ...

    def list(self, state: ProfileState = ProfileState.ALL) -> builtins.list[Profile]:
        """Profiles in name order (case-insensitive)."""
        ...

    def names(self) -> builtins.list[str]: ...

    def add(self, spec: ProfileSpec, *, system: bool, actor: Actor, at: datetime) -> Profile: ...

    def save(self, profile: Profile, *, expected_version: int) -> Profile:
        """Write every field of `profile` with version = expected_version + 1.

        Raises StaleVersion when the stored version is no longer `expected_version`.
        """
        ...

    def delete(self, profile_id: int) -> None: ...

    def references(self, profile_id: int, *, limit: int) -> References:
        """Sites, teams and agents that name the profile directly ('site X', 'team Y', 'agent Z')."""
        ...

    def usage(self, profile_id: int, *, offset: int = 0, limit: int = 0) -> Usage:
        """Direct references, the number of distinct agents whose effective profile it is,
        and the names of `limit` of those agents from `offset`, in name order."""
        ...

    def count_by_state(self) -> dict[ProfileState, int]:
        """Counts for ACTIVE, INACTIVE and ALL."""
        ...

    def unassigned_active(self) -> builtins.list[Profile]:
        """Active non-system profiles that no site, team or agent references."""
        ...

    def agents_per_effective_profile(self) -> dict[str, int]:
        """Profile name -> number of distinct agents that get it for at least one of their teams."""
        ...

    def find(self, wanted: ProfileFilter, *, offset: int, limit: int) -> builtins.list[Profile]:
        """One page of the profiles `wanted` describes, in name order."""
        ...

    def count_matching(self, wanted: ProfileFilter) -> int: ...


class Renamable(Protocol):
    def rename(self, row_id: int, name: str) -> None:
        """Give the row a new name; DuplicateName if another of its kind has it."""
        ...

    def with_profile(self, profile_id: int) -> builtins.list[tuple[int, str]]:
        """(id, name) of every row that names the profile itself, in name order."""
        ...

    def replace_profile(self, old_id: int, new_id: int) -> None:
        """Every row naming `old_id` names `new_id` instead."""
        ...


class SiteRepository(Renamable, Protocol):
    def get_by_name(self, name: str) -> Site | None: ...

    def list(self) -> builtins.list[Site]: ...

    def names(self) -> builtins.list[str]: ...

    def add(self, name: str, profile_id: int) -> Site: ...

    def set_profile(self, site_id: int, profile_id: int) -> None: ...

    def delete(self, site_id: int) -> None: ...

    def team_count(self, site_id: int) -> int: ...

    def search(self, text: str, *, limit: int) -> builtins.list[str]:
        """Names containing `text` (case-insensitive), for option search in forms."""
        ...


class TeamRepository(Renamable, Protocol):
    def get_by_name(self, name: str) -> Team | None: ...

    def list(self, site_id: int | None = None) -> builtins.list[Team]: ...

    def names(self) -> builtins.list[str]: ...

    def add(self, name: str, site_id: int, kind: TeamKind) -> Team: ...

    def set_profile(self, team_id: int, profile_id: int | None) -> None: ...

    def delete(self, team_id: int) -> None: ...

    def agent_count(self, team_id: int) -> int: ...

    def move(self, team_id: int, site_id: int) -> None:
        """Put the team on another site."""
        ...

    def search(self, text: str, *, limit: int) -> builtins.list[str]: ...


class AgentRepository(Renamable, Protocol):
    def get_by_name(self, name: str) -> Agent | None: ...

    def list(self, team_id: int | None = None) -> builtins.list[Agent]: ...

    def names(self) -> builtins.list[str]: ...

    def count(self) -> int:
        """Number of agents in the workspace."""
        ...

    def add(
        self, name: str, *, email: str | None, slack_user: str | None, team_ids: Sequence[int]
    ) -> Agent: ...

    def update(self, agent_id: int, *, email: str | None, slack_user: str | None) -> None: ...

    def set_profile(self, agent_id: int, profile_id: int | None) -> None: ...

    def set_teams(self, agent_id: int, team_ids: Sequence[int]) -> None: ...

    def delete(self, agent_id: int) -> None: ...

    def find(self, wanted: AgentFilter, *, offset: int, limit: int) -> builtins.list[Agent]:
        """One page of the agents `wanted` describes, in name order."""
        ...

    def count_matching(self, wanted: AgentFilter) -> int: ...

    def effective(self, agent_id: int) -> builtins.list[EffectiveProfile]:
        """One row per team of the agent, resolved in one query: own ▸ team ▸ site."""
        ...

    def effective_by_name(self, name: str) -> builtins.list[EffectiveProfile]:
        """`effective` of the agent called `name` (any case) in one query; [] when there is
        no such agent or it has no team."""
        ...

    def search(self, text: str, *, limit: int) -> builtins.list[str]: ...


class AuditRepository(Protocol):
    def add(self, record: AuditRecord) -> None: ...

    def for_profile(self, profile_id: int, *, limit: int) -> builtins.list[AuditRecord]:
        """Newest first: records about the profile and about assigning it."""
        ...

    def latest(self, *, limit: int) -> builtins.list[AuditRecord]: ...

    def history(
        self, subject: HistorySubject, *, offset: int, limit: int
    ) -> builtins.list[AuditRecord]:
        """One page of the subject's records, newest first."""
        ...

    def history_count(self, subject: HistorySubject) -> int: ...

    def last_profile_id(self, name: str) -> int | None:
        """The id the latest profile called `name` had, from the trail (it may be deleted)."""
        ...


class UnitOfWork(Protocol):
    """One transaction on one workspace; rolls back unless `commit()` is called."""

    workspace_id: str

    # Read-only: a unit of work may make each repository only when it is first asked for.
    @property
    def workspaces(self) -> WorkspaceRepository: ...
    @property
    def profiles(self) -> ProfileRepository: ...
    @property
    def sites(self) -> SiteRepository: ...
    @property
    def teams(self) -> TeamRepository: ...
    @property
    def agents(self) -> AgentRepository: ...
    @property
    def audit(self) -> AuditRepository: ...
    @property
    def user_languages(self) -> UserLanguageRepository: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    """Opens units of work; `write=True` takes the write lock when the transaction begins."""

    def __call__(self, workspace_id: str, *, write: bool = True) -> UnitOfWork: ...

    def workspace_ids(self) -> builtins.list[str]:
        """Every workspace that has been used, in id order."""
        ...
