"""What every repository shares: its session, its workspace, and name handling."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeAlias

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from domain import names
from domain.errors import DuplicateName
from storage.errors import is_name_conflict
from storage.scope import Scope
from storage.tables import AgentRow, ProfileRow, SiteRow, TeamRow

NamedRow: TypeAlias = ProfileRow | SiteRow | TeamRow | AgentRow


# PostgreSQL refuses NUL in text; no stored name can hold one (names are validated), so a
# looked-up NUL becomes a character no key contains and the lookup simply finds nothing.
_NUL_FREE = str.maketrans({"\x00": "\ufffd"})


def name_key(name: str) -> str:
    """The form a name is compared and made unique in: NFC, white space collapsed, casefolded.

    The same for profiles (ASCII names) and for sites, teams and agents (`domain.names`).
    """
    return names.name_key(name).translate(_NUL_FREE)


def org_name_columns(name: str) -> dict[str, str]:
    """The name columns of a site, team or agent row: the name, its unique key, its search key."""
    return {
        "name": name,
        "name_key": names.name_key(name).translate(_NUL_FREE),
        "search_key": names.search_key(name).translate(_NUL_FREE),
    }


def membership(
    workspace_id: str, agent_id: int, team_id: int, agent_profile_id: int | None
) -> dict[str, object]:
    """An agent_teams row: the agent's own profile is copied into it (see AgentTeamRow)."""
    return {
        "workspace_id": workspace_id,
        "agent_id": agent_id,
        "team_id": team_id,
        "agent_profile_id": agent_profile_id,
    }


class Repository:
    """A unit of work's scope plus the workspace every query of this repository is confined to."""

    def __init__(self, scope: Scope, workspace_id: str) -> None:
        self.scope = scope
        self.workspace_id = workspace_id

    @property
    def session(self) -> Session:
        """The unit of work's ORM session (a reader's is made on first use)."""
        return self.scope.session


class NamedRepository(Repository):
    """Lookup helpers for a table whose names are unique per workspace, ignoring case."""

    kind: str
    row: type[NamedRow]

    def key_of(self, name: str) -> str:
        """The unique key `name` is looked up by."""
        return name_key(name)

    def _mine(self) -> ColumnElement[bool]:
        return self.row.workspace_id == self.workspace_id

    def _by_key(self, name: str) -> ColumnElement[bool]:
        return self._mine() & (self.row.name_key == self.key_of(name))

    def names(self) -> list[str]:
        """Every name, in case-insensitive order."""
        query = select(self.row.name).where(self._mine()).order_by(self.row.name_key)
        return list(self.session.scalars(query))

    def search(self, text: str, *, limit: int) -> list[str]:
        """Names containing `text` (case-insensitive), in name order."""
        key = self.key_of(text)
        query = (
            select(self.row.name)
            .where(self._mine(), self.row.name_key.contains(key, autoescape=True))
            .order_by(self.row.name_key)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def existing_name(self, name: str) -> str | None:
        """The stored spelling of `name`, if a row of this kind already has it."""
        return self.session.scalar(select(self.row.name).where(self._by_key(name)))

    @contextmanager
    def translating_duplicates(self, name: str) -> Iterator[None]:
        """Run a write in a savepoint; a clash on the unique name becomes DuplicateName."""
        try:
            with self.session.begin_nested():
                yield
                self.session.flush()
        except IntegrityError as error:
            if not is_name_conflict(error):
                raise
            raise DuplicateName(self.kind, name, self.existing_name(name) or name) from error

    def delete_by_id(self, row_id: int, refusal: Callable[[], Exception]) -> None:
        """Delete one row; a RESTRICT refusal becomes `refusal()`, an unknown id LookupError."""
        statement = (
            delete(self.row).where(self._mine(), self.row.id == row_id).returning(self.row.id)
        )
        try:
            with self.session.begin_nested():
                deleted = self.session.execute(statement).scalar_one_or_none()
        except IntegrityError as error:
            raise refusal() from error
        require_row(0 if deleted is None else 1, self.kind, row_id)


def require_row(found: int, kind: str, row_id: int) -> None:
    """Refuse a write that touched no row: the id is unknown in this workspace."""
    if found == 0:
        raise LookupError(f"no {kind} with id {row_id} in this workspace")


class OrgRepository(NamedRepository):
    """A site, team or agent table: Unicode names (SPEC §1), suggestions ignore accents."""

    row: type[SiteRow | TeamRow | AgentRow]

    def key_of(self, name: str) -> str:
        return names.name_key(name).translate(_NUL_FREE)

    def search(self, text: str, *, limit: int) -> list[str]:
        """Names containing `text`, ignoring case and accents, in name order."""
        key = names.search_key(text).translate(_NUL_FREE)
        query = (
            select(self.row.name)
            .where(self._mine(), self.row.search_key.contains(key, autoescape=True))
            .order_by(self.row.name_key)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def rename(self, row_id: int, name: str) -> None:
        """Give the row a new name; DuplicateName if another row of this kind has it."""
        statement = (
            update(self.row)
            .where(self._mine(), self.row.id == row_id)
            .values(**org_name_columns(name))
            .returning(self.row.id)
            .execution_options(synchronize_session=False)
        )
        with self.translating_duplicates(name):
            found = len(self.session.execute(statement).all())
        require_row(found, self.kind, row_id)

    def with_profile(self, profile_id: int) -> list[tuple[int, str]]:
        """(id, name) of every row that names the profile itself, in name order."""
        query = (
            select(self.row.id, self.row.name)
            .where(self._mine(), self.row.profile_id == profile_id)
            .order_by(self.row.name_key)
        )
        return [(row_id, name) for row_id, name in self.session.execute(query)]

    def replace_profile(self, old_id: int, new_id: int) -> None:
        """Every row naming `old_id` names `new_id` instead, in one statement."""
        self.session.execute(
            update(self.row)
            .where(self._mine(), self.row.profile_id == old_id)
            .values(profile_id=new_id)
            .execution_options(synchronize_session=False)
        )
