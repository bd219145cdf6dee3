"""Set-based questions about profiles: who references them, whom they reach, what is unused."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Row,
    Select,
    Subquery,
    bindparam,
    distinct,
    exists,
    func,
    literal_column,
    select,
    union_all,
)

from domain.directory import ListState, ProfileFilter
from domain.org import References, Usage
from domain.profiles import Profile, ProfileState, ProfileType
from storage.prepared import Prepared
from storage.repositories._base import NamedRepository, name_key
from storage.repositories.inheritance import agents_reached, membership_profiles
from storage.rows import trusted
from storage.tables import AgentRow, ProfileRow, SiteRow, TeamRow


def to_profile(row: ProfileRow) -> Profile:
    """The domain view of a profile row."""
    return Profile.model_validate(row, from_attributes=True)


PROFILE_COLUMNS = (
    *(ProfileRow.__table__.c[name] for name in Profile.model_fields if name != "type"),
    ProfileRow.__table__.c.type,
)
_PROFILE_KEYS = tuple(column.name for column in PROFILE_COLUMNS)
_TYPES = {member.value: member for member in ProfileType}


def profile_from_row(row: Row[Any]) -> Profile:
    """A profile from a row of PROFILE_COLUMNS, without validating it again: only validated
    profiles are ever written (the schema's checks hold the same rules)."""
    values = dict(zip(_PROFILE_KEYS, row, strict=True))
    values["type"] = _TYPES[values["type"]]
    return trusted(Profile, values)


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

    def usage(self, profile_id: int, *, offset: int = 0, limit: int = 0) -> Usage:
        """Direct references by kind, the distinct agents whose effective profile it is, and
        `limit` of their names from `offset`, in name order."""
        params = {
            "workspace_id": self.workspace_id,
            "profile_id": profile_id,
            "offset": offset,
            "limit": limit,
        }
        # One query: the profile's own row first, then its referrers, then the page of the
        # agents it reaches, each row with their count; the reached set is walked once.
        rows = _USAGE.rows(self.scope, params)
        if not rows or rows[0].kind != "profile":
            raise LookupError(f"no profile with id {profile_id} in this workspace")
        return Usage(
            profile=rows[0].name,
            sites=tuple(row.name for row in rows if row.kind == "site"),
            teams=tuple(row.name for row in rows if row.kind == "team"),
            agents=tuple(row.name for row in rows if row.kind == "agent"),
            reached_agents=rows[0].reached or 0,
            reached_page=tuple(row.name for row in rows if row.kind == "reached"),
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
        _, page = _matching_statements(wanted.state, wanted.type is not None, bool(wanted.name))
        params = {**self._matching_params(wanted), "offset": offset, "limit": limit}
        return [profile_from_row(row) for row in page.rows(self.scope, params)]

    def count_matching(self, wanted: ProfileFilter) -> int:
        """How many profiles `wanted` describes."""
        count, _ = _matching_statements(wanted.state, wanted.type is not None, bool(wanted.name))
        found = count.first(self.scope, self._matching_params(wanted))
        return int(found[0] if found is not None else 0)

    def _matching_params(self, wanted: ProfileFilter) -> dict[str, object]:
        params: dict[str, object] = {"workspace_id": self.workspace_id}
        if wanted.type is not None:
            params["type"] = wanted.type.value
        if wanted.name:
            params["name_pattern"] = f"%{_like_escaped(name_key(wanted.name))}%"
        return params

    def agents_per_effective_profile(self) -> dict[str, int]:
        """Profile name -> distinct agents that get it for at least one of their teams."""
        effective = membership_profiles(self.workspace_id).subquery()
        counts = (
            select(
                effective.c.profile_id,
                func.count(distinct(effective.c.agent_id)).label("agents"),
            )
            .group_by(effective.c.profile_id)
            .subquery()
        )
        rows = self.session.execute(
            select(ProfileRow.name, counts.c.agents).join(
                counts, counts.c.profile_id == ProfileRow.id
            )
        )
        return dict(rows.all())

    def _referrers(self, profile_id: int) -> Subquery:
        """(rank, kind, name, name_key) of every site, team and agent naming the profile."""
        return referrers(self.workspace_id, profile_id)


def referrers(workspace_id: Any, profile_id: Any) -> Subquery:
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
        ).where(table.workspace_id == workspace_id, table.profile_id == profile_id)
        for rank, (kind, table) in enumerate(referrer_tables)
    ]
    return union_all(*parts).subquery()


# Built once with bound parameters: no statement construction or cache key per call.
_WORKSPACE: BindParameter[str] = bindparam("workspace_id")
_PROFILE: BindParameter[int] = bindparam("profile_id")
# The agents the profile reaches, walked once per usage query: counted, and one page named.
_REACHED = agents_reached(_PROFILE).cte("reached")
_REACHED_PAGE = (
    select(
        literal_column("4").label("rank"),
        literal_column("'reached'").label("kind"),
        AgentRow.name.label("name"),
        AgentRow.name_key.label("name_key"),
    )
    # A join, not IN: the set is distinct already, and PostgreSQL then plans for its real
    # size (a hash join) instead of 200 rows (30,000 index probes, three times slower).
    .select_from(_REACHED)
    .join(AgentRow, AgentRow.id == _REACHED.c.agent_id)
    .where(AgentRow.workspace_id == _WORKSPACE)
    .order_by(AgentRow.name_key)
    .offset(bindparam("offset"))
    .limit(bindparam("limit"))
    .subquery()
)
_USAGE_SUBQUERY = union_all(
    select(
        literal_column("-1").label("rank"),
        literal_column("'profile'").label("kind"),
        ProfileRow.name.label("name"),
        ProfileRow.name_key.label("name_key"),
    ).where(ProfileRow.workspace_id == _WORKSPACE, ProfileRow.id == _PROFILE),
    select(*referrers(_WORKSPACE, _PROFILE).c),
    select(*_REACHED_PAGE.c),
).subquery()
_REACHED_COUNT = select(func.count()).select_from(_REACHED).scalar_subquery()
_USAGE = Prepared(
    select(
        _USAGE_SUBQUERY.c.kind, _USAGE_SUBQUERY.c.name, _REACHED_COUNT.label("reached")
    ).order_by(_USAGE_SUBQUERY.c.rank, _USAGE_SUBQUERY.c.name_key)
)


_LIKE_ESCAPE = "/"


def _like_escaped(text: str) -> str:
    """`text` matched literally inside a LIKE pattern (what `contains(autoescape=True)` does)."""
    for special in (_LIKE_ESCAPE, "%", "_"):
        text = text.replace(special, _LIKE_ESCAPE + special)
    return text


@cache
def _matching_statements(state: ListState, typed: bool, named: bool) -> tuple[Prepared, Prepared]:
    """The count and the page of the profiles a filter of this shape describes, built once
    per shape with bound parameters (workspace_id, type, name_pattern, offset, limit)."""
    criteria: list[ColumnElement[bool]] = [ProfileRow.workspace_id == _WORKSPACE]
    if state is ListState.UNASSIGNED:
        criteria += [ProfileRow.active.is_(True), ProfileRow.system.is_(False)]
        criteria += [
            ~exists().where(table.profile_id == ProfileRow.id)
            for table in (SiteRow, TeamRow, AgentRow)
        ]
    elif state is not ListState.ALL:
        criteria.append(ProfileRow.active.is_(state is ListState.ACTIVE))
    if typed:
        criteria.append(ProfileRow.type == bindparam("type"))
    if named:
        criteria.append(ProfileRow.name_key.like(bindparam("name_pattern"), escape=_LIKE_ESCAPE))
    count = select(func.count()).select_from(ProfileRow).where(*criteria)
    page = (
        select(*PROFILE_COLUMNS)
        .where(*criteria)
        .order_by(ProfileRow.name_key)
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
    )
    return Prepared(count), Prepared(page)
