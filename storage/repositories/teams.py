"""Teams: each belongs to a site, is agent- or capacity-based, and may have its own profile."""

from __future__ import annotations

import builtins

from sqlalchemy import Select, func, select, update

from domain.errors import TeamHasAgents
from domain.org import Team, TeamKind
from storage.repositories._base import OrgRepository, org_name_columns, require_row
from storage.tables import AgentTeamRow, ProfileRow, SiteRow, TeamRow


class SqlTeamRepository(OrgRepository):
    kind = "team"
    row = TeamRow

    def get_by_name(self, name: str) -> Team | None:
        """Case-insensitive lookup."""
        found = self.session.execute(self._teams().where(self._by_key(name))).one_or_none()
        return None if found is None else _to_team(*found)

    def list(self, site_id: int | None = None) -> builtins.list[Team]:
        """Teams in name order, optionally only those of one site."""
        query = self._teams().where(self._mine()).order_by(TeamRow.name_key)
        if site_id is not None:
            query = query.where(TeamRow.site_id == site_id)
        return [_to_team(*row) for row in self.session.execute(query)]

    def add(self, name: str, site_id: int, kind: TeamKind) -> Team:
        """Store a new team without a profile of its own; DuplicateName if the name is taken."""
        row = TeamRow(
            workspace_id=self.workspace_id,
            **org_name_columns(name),
            site_id=site_id,
            kind=kind.value,
        )
        with self.translating_duplicates(name):
            self.session.add(row)
        added = self.get_by_name(name)
        assert added is not None  # inserted just above, in this transaction
        return added

    def set_profile(self, team_id: int, profile_id: int | None) -> None:
        """Give the team its own profile, or None to inherit its site's again."""
        statement = (
            update(TeamRow)
            .where(self._mine(), TeamRow.id == team_id)
            .values(profile_id=profile_id)
            .returning(TeamRow.id)
        )
        require_row(len(self.session.execute(statement).all()), self.kind, team_id)

    def delete(self, team_id: int) -> None:
        """Delete the team; TeamHasAgents while agents still belong to it."""

        def refusal() -> TeamHasAgents:
            name = self.session.scalar(select(TeamRow.name).where(TeamRow.id == team_id))
            return TeamHasAgents(name or str(team_id), self.agent_count(team_id))

        self.delete_by_id(team_id, refusal)

    def move(self, team_id: int, site_id: int) -> None:
        """Put the team on another site of this workspace."""
        statement = (
            update(TeamRow)
            .where(self._mine(), TeamRow.id == team_id)
            .values(site_id=site_id)
            .returning(TeamRow.id)
            .execution_options(synchronize_session=False)
        )
        require_row(len(self.session.execute(statement).all()), self.kind, team_id)

    def agent_count(self, team_id: int) -> int:
        """How many agents belong to the team."""
        query = select(func.count()).where(
            AgentTeamRow.workspace_id == self.workspace_id, AgentTeamRow.team_id == team_id
        )
        return self.session.scalar(query) or 0

    def _teams(self) -> Select[TeamRow, str, str | None]:
        return (
            select(TeamRow, SiteRow.name, ProfileRow.name)
            .join(SiteRow, SiteRow.id == TeamRow.site_id)
            .outerjoin(ProfileRow, ProfileRow.id == TeamRow.profile_id)
        )


def _to_team(row: TeamRow, site_name: str, profile_name: str | None) -> Team:
    return Team(
        id=row.id,
        name=row.name,
        site_id=row.site_id,
        site_name=site_name,
        kind=TeamKind(row.kind),
        profile_id=row.profile_id,
        profile_name=profile_name,
    )
