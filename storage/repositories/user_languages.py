"""Each user's own language choice in the unit of work's workspace."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.language_tables import UserLanguageRow
from storage.prepared import Prepared
from storage.repositories._base import Repository
from storage.repositories.workspaces import WORKSPACE_COLUMNS, SqlWorkspaceRepository
from storage.tables import WorkspaceRow

# Built once: every Slack command reads its caller's language.
_LANGUAGE_OF = Prepared(
    select(UserLanguageRow.language).where(
        UserLanguageRow.workspace_id == bindparam("workspace_id"),
        UserLanguageRow.user_id == bindparam("user_id"),
    )
)
# The same with the workspace's row, whose language applies when the user chose none.
_LANGUAGE_AND_WORKSPACE = Prepared(
    select(UserLanguageRow.language, *WORKSPACE_COLUMNS)
    .select_from(WorkspaceRow)
    .outerjoin(
        UserLanguageRow,
        (UserLanguageRow.workspace_id == WorkspaceRow.id)
        & (UserLanguageRow.user_id == bindparam("user_id")),
    )
    .where(WorkspaceRow.id == bindparam("workspace_id"))
)


class SqlUserLanguageRepository(Repository):
    # Set by the unit of work: a workspace not read yet is read in the same query.
    workspaces: SqlWorkspaceRepository | None = None

    def get(self, user_id: str) -> str | None:
        """The language `user_id` chose here, or None."""
        params = {"workspace_id": self.workspace_id, "user_id": user_id}
        if self.workspaces is None or self.workspaces.known:
            row = _LANGUAGE_OF.first(self.scope, params)
        else:
            row = _LANGUAGE_AND_WORKSPACE.first(self.scope, params)
            self.workspaces.remember(row)
        found = None if row is None else row.language
        return None if found is None else str(found)

    def set(self, user_id: str, language: str | None) -> None:
        """Store the choice (an upsert, safe against a racing second choice); None forgets it."""
        if language is None:
            self.session.execute(
                delete(UserLanguageRow).where(
                    UserLanguageRow.workspace_id == self.workspace_id,
                    UserLanguageRow.user_id == user_id,
                )
            )
            return
        dialect = postgresql if self.session.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(UserLanguageRow).values(
            workspace_id=self.workspace_id, user_id=user_id, language=language
        )
        statement = statement.on_conflict_do_update(
            index_elements=["workspace_id", "user_id"], set_={"language": language}
        )
        self.session.execute(statement)
