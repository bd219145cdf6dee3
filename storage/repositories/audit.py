"""The audit trail: appended to, read newest first, a page at a time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, insert, or_, select

from domain import names
from domain.audit import AuditRecord
from domain.history import ORG_KINDS, SETTINGS_OBJECT, HistorySubject
from storage.repositories._base import Repository
from storage.tables import AgentRow, AuditRow, SiteRow, TeamRow

_ORG_ROWS: dict[str, type[SiteRow | TeamRow | AgentRow]] = {
    "site": SiteRow,
    "team": TeamRow,
    "agent": AgentRow,
}


def audit_row(workspace_id: str, record: AuditRecord) -> dict[str, Any]:
    """The columns of one audit row, with the name key that finds it after a deletion."""
    return {
        "workspace_id": workspace_id,
        **record.model_dump(exclude={"id"}),
        "object_key": names.name_key(record.object_name),
    }


class SqlAuditRepository(Repository):
    def add(self, record: AuditRecord) -> None:
        """Append one record to this workspace's trail."""
        values = audit_row(self.workspace_id, record)
        if values["object_id"] is None and (table := _ORG_ROWS.get(record.object_type)):
            # About a site, team or agent that still exists: keep its id, so its history
            # follows it through renames.
            values["object_id"] = self.session.scalar(
                select(table.id).where(
                    table.workspace_id == self.workspace_id,
                    table.name_key == values["object_key"],
                )
            )
        # A plain INSERT keeps the row out of the identity map, so reads always see stored JSON.
        self.session.execute(insert(AuditRow).values(**values))

    def for_profile(self, profile_id: int, *, limit: int) -> list[AuditRecord]:
        """Newest first: records about the profile and about assigning it."""
        return self.history(HistorySubject("profile", id=profile_id), offset=0, limit=limit)

    def latest(self, *, limit: int) -> list[AuditRecord]:
        """The newest records of the workspace."""
        return self._records(self._newest().limit(limit))

    def history(self, subject: HistorySubject, *, offset: int, limit: int) -> list[AuditRecord]:
        """One page of the subject's records, newest first."""
        query = self._newest().where(_about(subject)).offset(offset).limit(limit)
        return self._records(query)

    def history_count(self, subject: HistorySubject) -> int:
        """How many records are about the subject."""
        query = select(func.count()).where(
            AuditRow.workspace_id == self.workspace_id, _about(subject)
        )
        return self.session.scalar(query) or 0

    def last_profile_id(self, name: str) -> int | None:
        """The id the latest profile called `name` had (to find a deleted profile's trail)."""
        query = (
            select(AuditRow.profile_id)
            .where(
                AuditRow.workspace_id == self.workspace_id,
                AuditRow.object_type == "profile",
                AuditRow.object_key == names.name_key(name),
                AuditRow.profile_id.is_not(None),
            )
            .order_by(AuditRow.at.desc(), AuditRow.id.desc())
            .limit(1)
        )
        return self.session.scalar(query)

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


def _about(subject: HistorySubject) -> ColumnElement[bool]:
    if subject.kind == "profile":
        return AuditRow.profile_id == subject.id
    if subject.kind == "settings":
        return AuditRow.object_type == SETTINGS_OBJECT
    if subject.kind not in ORG_KINDS:
        raise ValueError(f"no history for {subject.kind}")
    by_key = AuditRow.object_key == subject.key
    if subject.id is None:
        return and_(AuditRow.object_type == subject.kind, by_key)
    return and_(
        AuditRow.object_type == subject.kind,
        or_(AuditRow.object_id == subject.id, and_(AuditRow.object_id.is_(None), by_key)),
    )
