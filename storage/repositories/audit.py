"""The audit trail: appended to, read newest first."""

from __future__ import annotations

from sqlalchemy import Select, insert, select

from domain.audit import AuditRecord
from storage.repositories._base import Repository
from storage.tables import AuditRow


class SqlAuditRepository(Repository):
    def add(self, record: AuditRecord) -> None:
        """Append one record to this workspace's trail."""
        # A plain INSERT keeps the row out of the identity map, so reads always see stored JSON.
        values = record.model_dump(exclude={"id"})
        self.session.execute(insert(AuditRow).values(workspace_id=self.workspace_id, **values))

    def for_profile(self, profile_id: int, *, limit: int) -> list[AuditRecord]:
        """Newest first: records about the profile and about assigning it."""
        return self._records(self._newest().where(AuditRow.profile_id == profile_id).limit(limit))

    def latest(self, *, limit: int) -> list[AuditRecord]:
        """The newest records of the workspace."""
        return self._records(self._newest().limit(limit))

    def _newest(self) -> Select[AuditRow]:
        return (
            select(AuditRow)
            .where(AuditRow.workspace_id == self.workspace_id)
            .order_by(AuditRow.at.desc(), AuditRow.id.desc())
        )

    def _records(self, query: Select[AuditRow]) -> list[AuditRecord]:
        return [
            AuditRecord.model_validate(row, from_attributes=True)
            for row in self.session.scalars(query)
        ]
