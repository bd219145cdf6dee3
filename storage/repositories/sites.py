"""Sites: each has a name and exactly one profile."""

from __future__ import annotations

import builtins

from sqlalchemy import Select, func, select, update

from domain.errors import SiteHasTeams
from domain.org import Site
from storage.repositories._base import OrgRepository, org_name_columns, require_row
from storage.tables import ProfileRow, SiteRow, TeamRow


class SqlSiteRepository(OrgRepository):
    kind = "site"
    row = SiteRow

    def get_by_name(self, name: str) -> Site | None:
        """Case-insensitive lookup."""
        found = self.session.execute(self._sites().where(self._by_key(name))).one_or_none()
        return None if found is None else _to_site(*found)

    def list(self) -> builtins.list[Site]:
        """Every site in name order."""
        rows = self.session.execute(self._sites().where(self._mine()).order_by(SiteRow.name_key))
        return [_to_site(*row) for row in rows]

    def add(self, name: str, profile_id: int) -> Site:
        """Store a new site with its profile; DuplicateName if the name is taken."""
        row = SiteRow(
            workspace_id=self.workspace_id,
            **org_name_columns(name),
            profile_id=profile_id,
        )
        with self.translating_duplicates(name):
            self.session.add(row)
        added = self.get_by_name(name)
        assert added is not None  # inserted just above, in this transaction
        return added

    def set_profile(self, site_id: int, profile_id: int) -> None:
        """Point the site at another profile of this workspace."""
        statement = (
            update(SiteRow)
            .where(self._mine(), SiteRow.id == site_id)
            .values(profile_id=profile_id)
            .returning(SiteRow.id)
        )
        require_row(len(self.session.execute(statement).all()), self.kind, site_id)

    def delete(self, site_id: int) -> None:
        """Delete the site; SiteHasTeams while teams still belong to it."""

        def refusal() -> SiteHasTeams:
            name = self.session.scalar(select(SiteRow.name).where(SiteRow.id == site_id))
            return SiteHasTeams(name or str(site_id), self.team_count(site_id))

        self.delete_by_id(site_id, refusal)

    def team_count(self, site_id: int) -> int:
        """How many teams belong to the site."""
        query = select(func.count()).where(
            TeamRow.workspace_id == self.workspace_id, TeamRow.site_id == site_id
        )
        return self.session.scalar(query) or 0

    def _sites(self) -> Select[SiteRow, str]:
        return select(SiteRow, ProfileRow.name).join(
            ProfileRow, ProfileRow.id == SiteRow.profile_id
        )


def _to_site(row: SiteRow, profile_name: str) -> Site:
    return Site(id=row.id, name=row.name, profile_id=row.profile_id, profile_name=profile_name)
