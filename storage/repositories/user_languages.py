"""Each user's own language choice in the unit of work's workspace."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.language_tables import UserLanguageRow
from storage.repositories._base import Repository


class SqlUserLanguageRepository(Repository):
    def get(self, user_id: str) -> str | None:
        """The language `user_id` chose here, or None."""
        statement = select(UserLanguageRow.language).where(
            UserLanguageRow.workspace_id == self.workspace_id, UserLanguageRow.user_id == user_id
        )
        return self.session.execute(statement).scalar_one_or_none()

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
