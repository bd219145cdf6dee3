"""The workspace row of the unit of work: its settings."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite

from domain.workspace import Workspace
from storage.repositories._base import Repository
from storage.tables import WorkspaceRow

_SETTINGS = (
    "multimedia_enabled",
    "report_channel",
    "report_schedule",
    "timezone",
    "audit_channel",
    "report_all_clear",
    "language",
)


class SqlWorkspaceRepository(Repository):
    def get(self) -> Workspace | None:
        """This workspace's settings, or None before its first use."""
        row = self.session.get(WorkspaceRow, self.workspace_id, populate_existing=True)
        return None if row is None else Workspace.model_validate(row, from_attributes=True)

    def ensure(self, defaults: Workspace) -> bool:
        """Insert the row unless it exists, safe against a racing insert; True if inserted."""
        self._check_id(defaults)
        values = defaults.model_dump(include=set(_SETTINGS))
        values["created_at"] = defaults.created_at or datetime.now(UTC)
        statement = (
            self._insert()
            .values(id=self.workspace_id, **values)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(WorkspaceRow.id)
        )
        return self.session.execute(statement).scalar_one_or_none() is not None

    def save(self, workspace: Workspace) -> Workspace:
        """Store every setting of `workspace`, creating the row if needed."""
        self.ensure(workspace)
        values = workspace.model_dump(include=set(_SETTINGS))
        self.session.execute(
            update(WorkspaceRow).where(WorkspaceRow.id == self.workspace_id).values(**values)
        )
        saved = self.get()
        assert saved is not None  # the row was ensured above, in this transaction
        return saved

    def _check_id(self, workspace: Workspace) -> None:
        if workspace.id != self.workspace_id:
            raise ValueError(
                f"workspace {workspace.id!r} given to a unit of work on {self.workspace_id!r}"
            )

    def _insert(self) -> postgresql.Insert | sqlite.Insert:
        if self.session.get_bind().dialect.name == "postgresql":
            return postgresql.insert(WorkspaceRow)
        return sqlite.insert(WorkspaceRow)
