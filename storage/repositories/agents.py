"""Agents: their teams, their own profile, and the profile they effectively get per team."""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from domain.directory import AgentFilter
from domain.org import Agent, EffectiveProfile, ProfileSource
from storage.prepared import Prepared
from storage.repositories._base import (
    OrgRepository,
    membership,
    name_key,
    org_name_columns,
    require_row,
)
from storage.repositories.inheritance import agent_team_profiles, agents_reached
from storage.repositories.workspaces import WORKSPACE_COLUMNS, SqlWorkspaceRepository
from storage.rows import trusted
from storage.tables import AgentRow, AgentTeamRow, ProfileRow, TeamRow, WorkspaceRow

_WORKSPACE: BindParameter[str] = bindparam("workspace_id")
_KEY: BindParameter[str] = bindparam("key")
# Built once with bound parameters. The agent and its teams in one query (one row per team,
# a single row with no team for an agent without one), in team name order.
_AGENT_BY_KEY = Prepared(
    select(
        AgentRow.id,
        AgentRow.name,
        AgentRow.email,
        AgentRow.slack_user,
        AgentRow.profile_id,
        ProfileRow.name.label("profile_name"),
        TeamRow.name.label("team"),
    )
    .outerjoin(ProfileRow, ProfileRow.id == AgentRow.profile_id)
    .outerjoin(AgentTeamRow, AgentTeamRow.agent_id == AgentRow.id)
    .outerjoin(TeamRow, TeamRow.id == AgentTeamRow.team_id)
    .where(AgentRow.workspace_id == _WORKSPACE, AgentRow.name_key == _KEY)
    .order_by(TeamRow.name_key)
)
_EFFECTIVE = Prepared(
    agent_team_profiles(_WORKSPACE)
    .where(AgentRow.id == bindparam("agent_id"))
    .order_by(TeamRow.name_key)
)
# With the workspace's row (its multimedia switch is the next thing `effective` asks for).
_EFFECTIVE_BY_KEY = Prepared(
    agent_team_profiles(_WORKSPACE)
    .add_columns(*WORKSPACE_COLUMNS)
    .join(WorkspaceRow, WorkspaceRow.id == AgentRow.workspace_id)
    .where(AgentRow.name_key == _KEY)
    .order_by(TeamRow.name_key)
)


class SqlAgentRepository(OrgRepository):
    kind = "agent"
    row = AgentRow
    # The unit of work's workspace repository, to hand it a workspace row read on the way.
    workspaces: SqlWorkspaceRepository | None = None

    def get_by_name(self, name: str) -> Agent | None:
        """Case-insensitive lookup, with the agent's teams (one query)."""
        params = {"workspace_id": self.workspace_id, "key": name_key(name)}
        rows = _AGENT_BY_KEY.rows(self.scope, params)
        if not rows:
            return None
        first = rows[0]
        # Stored rows were validated when written: build the model without validating again.
        return trusted(
            Agent,
            {
                "id": first.id,
                "name": first.name,
                "email": first.email,
                "slack_user": first.slack_user,
                "profile_id": first.profile_id,
                "profile_name": first.profile_name,
                "teams": tuple(row.team for row in rows if row.team is not None),
            },
        )

    def list(self, team_id: int | None = None) -> builtins.list[Agent]:
        """Agents in name order, optionally only the members of one team."""
        query = self._agent_rows().where(self._mine())
        if team_id is not None:
            members = select(AgentTeamRow.agent_id).where(AgentTeamRow.team_id == team_id)
            query = query.where(AgentRow.id.in_(members))
        return self._agents(query)

    def find(self, wanted: AgentFilter, *, offset: int, limit: int) -> builtins.list[Agent]:
        """One page of the agents `wanted` describes, in name order."""
        query = self._agent_rows().where(self._mine(), *self._matching(wanted))
        return self._agents(query.offset(offset).limit(limit), page=True)

    def count_matching(self, wanted: AgentFilter) -> int:
        """How many agents `wanted` describes."""
        query = (
            select(func.count()).select_from(AgentRow).where(self._mine(), *self._matching(wanted))
        )
        return self.session.scalar(query) or 0

    def _matching(self, wanted: AgentFilter) -> builtins.list[ColumnElement[bool]]:
        criteria: builtins.list[ColumnElement[bool]] = []
        if wanted.team_id is not None:
            members = select(AgentTeamRow.agent_id).where(AgentTeamRow.team_id == wanted.team_id)
            criteria.append(AgentRow.id.in_(members))
        if wanted.profile_id is not None:
            criteria.append(AgentRow.id.in_(agents_reached(wanted.profile_id)))
        return criteria

    def count(self) -> int:
        """Number of agents in the workspace, counted in the database."""
        query = select(func.count()).select_from(AgentRow).where(self._mine())
        return self.session.scalar(query) or 0

    def add(
        self, name: str, *, email: str | None, slack_user: str | None, team_ids: Sequence[int]
    ) -> Agent:
        """Store a new agent in `team_ids`; DuplicateName if the name is taken."""
        row = AgentRow(
            workspace_id=self.workspace_id,
            **org_name_columns(name),
            email=email,
            slack_user=slack_user,
        )
        with self.translating_duplicates(name):
            self.session.add(row)
        self.set_teams(row.id, team_ids)
        added = self.get_by_name(name)
        assert added is not None  # inserted just above, in this transaction
        return added

    def update(self, agent_id: int, *, email: str | None, slack_user: str | None) -> None:
        """Replace the agent's email and Slack user."""
        self._update(agent_id, email=email, slack_user=slack_user)

    def set_profile(self, agent_id: int, profile_id: int | None) -> None:
        """Give the agent its own profile, or None to inherit from its teams again."""
        self._update(agent_id, profile_id=profile_id)
        self.session.execute(
            update(AgentTeamRow)
            .where(
                AgentTeamRow.workspace_id == self.workspace_id, AgentTeamRow.agent_id == agent_id
            )
            .values(agent_profile_id=profile_id)
            .execution_options(synchronize_session=False)
        )

    def replace_profile(self, old_id: int, new_id: int) -> None:
        """Every agent naming `old_id` names `new_id` instead, and so do their memberships."""
        super().replace_profile(old_id, new_id)
        self.session.execute(
            update(AgentTeamRow)
            .where(
                AgentTeamRow.workspace_id == self.workspace_id,
                AgentTeamRow.agent_profile_id == old_id,
            )
            .values(agent_profile_id=new_id)
            .execution_options(synchronize_session=False)
        )

    def set_teams(self, agent_id: int, team_ids: Sequence[int]) -> None:
        """Make `team_ids` exactly the agent's teams."""
        mine = select(AgentRow.profile_id).where(self._mine(), AgentRow.id == agent_id)
        found = self.session.execute(mine).all()
        require_row(len(found), self.kind, agent_id)
        self.session.execute(
            delete(AgentTeamRow).where(
                AgentTeamRow.workspace_id == self.workspace_id, AgentTeamRow.agent_id == agent_id
            )
        )
        rows = [
            membership(self.workspace_id, agent_id, team_id, found[0].profile_id)
            for team_id in dict.fromkeys(team_ids)
        ]
        if rows:
            self.session.execute(insert(AgentTeamRow), rows)

    def delete(self, agent_id: int) -> None:
        """Delete the agent and its team memberships."""
        self.delete_by_id(agent_id, lambda: LookupError(f"agent {agent_id} is still referenced"))

    def effective(self, agent_id: int) -> builtins.list[EffectiveProfile]:
        """One row per team of the agent, in team order: own ▸ team ▸ site, with the source."""
        params = {"workspace_id": self.workspace_id, "agent_id": agent_id}
        return [_effective(row) for row in _EFFECTIVE.rows(self.scope, params)]

    def effective_by_name(self, name: str) -> builtins.list[EffectiveProfile]:
        """`effective` of the agent called `name` (any case), in one query; [] when there is
        no such agent or it has no team (the caller tells the two apart if it must)."""
        params = {"workspace_id": self.workspace_id, "key": name_key(name)}
        rows = _EFFECTIVE_BY_KEY.rows(self.scope, params)
        if rows and self.workspaces is not None and not self.workspaces.known:
            self.workspaces.remember(rows[0])  # saves the unit of work reading it again
        return [_effective(row) for row in rows]

    def _update(self, agent_id: int, **values: object) -> None:
        statement = (
            update(AgentRow)
            .where(self._mine(), AgentRow.id == agent_id)
            .values(**values)
            .returning(AgentRow.id)
        )
        require_row(len(self.session.execute(statement).all()), self.kind, agent_id)

    def _agent_rows(self) -> Select[AgentRow, str | None]:
        return (
            select(AgentRow, ProfileRow.name)
            .outerjoin(ProfileRow, ProfileRow.id == AgentRow.profile_id)
            .order_by(AgentRow.name_key)
        )

    def _agents(
        self, query: Select[AgentRow, str | None], *, page: bool = False
    ) -> builtins.list[Agent]:
        rows = self.session.execute(query).all()
        # A page's ids are few and known; a whole list's are selected again in the database.
        ids: Select[int] | builtins.list[int] = (
            [row.id for row, _ in rows]
            if page
            else query.with_only_columns(AgentRow.id).order_by(None)
        )
        teams = self._team_names(ids)
        return [
            Agent(
                id=row.id,
                name=row.name,
                email=row.email,
                slack_user=row.slack_user,
                profile_id=row.profile_id,
                profile_name=profile_name,
                teams=tuple(teams[row.id]),
            )
            for row, profile_name in rows
        ]

    def _team_names(
        self, agent_ids: Select[int] | builtins.list[int]
    ) -> dict[int, builtins.list[str]]:
        # One query for the teams of every listed agent, not one per agent.
        names: dict[int, builtins.list[str]] = defaultdict(list)
        query = (
            select(AgentTeamRow.agent_id, TeamRow.name)
            .join(TeamRow, TeamRow.id == AgentTeamRow.team_id)
            .where(
                AgentTeamRow.workspace_id == self.workspace_id, AgentTeamRow.agent_id.in_(agent_ids)
            )
            .order_by(TeamRow.name_key)
        )
        for agent_id, team_name in self.session.execute(query):
            names[agent_id].append(team_name)
        return names


# A dict lookup: calling the enum costs more than the rest of building the row.
_SOURCES = {source.value: source for source in ProfileSource}


def _effective(row: Any) -> EffectiveProfile:
    return trusted(
        EffectiveProfile,
        {
            "agent": row.agent,
            "team": row.team,
            "profile_id": row.profile_id,
            "profile_name": row.profile_name,
            "source": _SOURCES[row.source],
            "source_name": row.source_name,
        },
    )
