"""Set-based questions about profiles: who references them, whom they reach, what is unused."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    distinct,
    exists,
    func,
    literal_column,
    select,
    union_all,
)

from domain.directory import ListState, ProfileFilter
from domain.org import References, Usage
from domain.profiles import Profile, ProfileState
from storage.repositories._base import NamedRepository, name_key
from storage.repositories.inheritance import agent_team_profiles, agents_reached
from storage.tables import AgentRow, ProfileRow, SiteRow, TeamRow


def to_profile(row: ProfileRow) -> Profile:
    """The domain view of a profile row."""
    return Profile.model_validate(row, from_attributes=True)


class ProfileUsageQueries(NamedRepository):
    """The read-only, set-based half of the profile repository."""

    def references(self, profile_id: int, *, limit: int) -> References:
        """The first `limit` referrers as (kind, name) pairs (sites, teams, agents) and the total."""
        referrers = self._referrers(profile_id)
        first = self.session.execute(
            select(referrers.c.kind, referrers.c.name)
            .order_by(referrers.c.rank, referrers.c.name_key)
            .limit(limit)
        )
        total = self.session.scalar(select(func.count()).select_from(referrers)) or 0
        return References(referrers=tuple((kind, name) for kind, name in first), total=total)

    def usage(self, profile_id: int) -> Usage:
        """Direct references by kind, plus the distinct agents whose effective profile it is."""
        profile_name = self.session.scalar(
            select(ProfileRow.name).where(self._mine(), ProfileRow.id == profile_id)
        )
        if profile_name is None:
            raise LookupError(f"no profile with id {profile_id} in this workspace")
        referrers = self._referrers(profile_id)
        rows = self.session.execute(
            select(referrers.c.kind, referrers.c.name).order_by(referrers.c.name_key)
        ).all()
        reached = self.session.scalar(
            select(func.count()).select_from(agents_reached(profile_id).subquery())
        )
        return Usage(
            profile=profile_name,
            sites=tuple(name for kind, name in rows if kind == "site"),
            teams=tuple(name for kind, name in rows if kind == "team"),
            agents=tuple(name for kind, name in rows if kind == "agent"),
            reached_agents=reached or 0,
        )

    def count_by_state(self) -> dict[ProfileState, int]:
        """How many profiles are active, inactive, and in all."""
        total, active = self.session.execute(
            select(func.count(), func.count().filter(ProfileRow.active.is_(True))).where(
                self._mine()
            )
        ).one()
        return {
            ProfileState.ACTIVE: active,
            ProfileState.INACTIVE: total - active,
            ProfileState.ALL: total,
        }

    def unassigned_active(self) -> list[Profile]:
        """Active non-system profiles that no site, team or agent names directly, in name order."""
        referenced = [
            exists().where(table.profile_id == ProfileRow.id)
            for table in (SiteRow, TeamRow, AgentRow)
        ]
        query = (
            select(ProfileRow)
            .where(self._mine(), ProfileRow.active.is_(True), ProfileRow.system.is_(False))
            .where(*(~reference for reference in referenced))
            .order_by(ProfileRow.name_key)
        )
        return [to_profile(row) for row in self.session.scalars(query)]

    def find(self, wanted: ProfileFilter, *, offset: int, limit: int) -> list[Profile]:
        """One page of the profiles `wanted` describes, in name order."""
        query = (
            select(ProfileRow.__table__)
            .where(*self._matching(wanted))
            .order_by(ProfileRow.name_key)
            .offset(offset)
            .limit(limit)
        )
        return [Profile.model_validate(row) for row in self.session.execute(query).mappings()]

    def count_matching(self, wanted: ProfileFilter) -> int:
        """How many profiles `wanted` describes."""
        query = select(func.count()).select_from(ProfileRow).where(*self._matching(wanted))
        return self.session.scalar(query) or 0

    def reached_agents(self, profile_id: int, *, offset: int, limit: int) -> list[str]:
        """One page of the names of the agents the profile reaches, in name order."""
        query = (
            select(AgentRow.name)
            .where(AgentRow.workspace_id == self.workspace_id)
            .where(AgentRow.id.in_(agents_reached(profile_id)))
            .order_by(AgentRow.name_key)
            .offset(offset)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def _matching(self, wanted: ProfileFilter) -> list[ColumnElement[bool]]:
        criteria = [self._mine()]
        if wanted.state is ListState.UNASSIGNED:
            criteria += [ProfileRow.active.is_(True), ProfileRow.system.is_(False)]
            criteria += [
                ~exists().where(table.profile_id == ProfileRow.id)
                for table in (SiteRow, TeamRow, AgentRow)
            ]
        elif wanted.state is not ListState.ALL:
            criteria.append(ProfileRow.active.is_(wanted.state is ListState.ACTIVE))
        if wanted.type is not None:
            criteria.append(ProfileRow.type == wanted.type.value)
        if wanted.name:
            key = name_key(wanted.name)
            criteria.append(ProfileRow.name_key.contains(key, autoescape=True))
        return criteria

    def agents_per_effective_profile(self) -> dict[str, int]:
        """Profile name -> distinct agents that get it for at least one of their teams."""
        effective = agent_team_profiles(self.workspace_id).subquery()
        rows = self.session.execute(
            select(effective.c.profile_name, func.count(distinct(effective.c.agent_id))).group_by(
                effective.c.profile_id, effective.c.profile_name
            )
        )
        return dict(rows.all())

    def _referrers(self, profile_id: int) -> Subquery:
        """(rank, kind, name, name_key) of every site, team and agent naming the profile."""
        referrer_tables: tuple[tuple[str, type[SiteRow | TeamRow | AgentRow]], ...] = (
            ("site", SiteRow),
            ("team", TeamRow),
            ("agent", AgentRow),
        )
        parts: list[Select[Any, Any, str, str]] = [
            select(
                literal_column(str(rank)).label("rank"),
                literal_column(f"'{kind}'").label("kind"),
                table.name.label("name"),
                table.name_key.label("name_key"),
            ).where(table.workspace_id == self.workspace_id, table.profile_id == profile_id)
            for rank, (kind, table) in enumerate(referrer_tables)
        ]
        return union_all(*parts).subquery()
