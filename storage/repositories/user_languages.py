"""Each user's own language choice in the unit of work's workspace."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.language_tables import UserLanguageRow
from storage.repositories._base import Repository

# Built once: every Slack request asks for its caller's language before its command runs.
_LANGUAGE_OF = select(UserLanguageRow.language).where(
    UserLanguageRow.workspace_id == bindparam("workspace_id"),
    UserLanguageRow.user_id == bindparam("user_id"),
)


class SqlUserLanguageRepository(Repository):
    def get(self, user_id: str) -> str | None:
        """The language `user_id` chose here, or None."""
        params = {"workspace_id": self.workspace_id, "user_id": user_id}
        found = self.session.connection().execute(_LANGUAGE_OF, params).scalar_one_or_none()
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
