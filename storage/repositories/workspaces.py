"""The workspace row of the unit of work: its settings, read once per unit of work."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from domain.workspace import Workspace
from storage.prepared import Prepared
from storage.repositories._base import Repository
from storage.rows import trusted
from storage.tables import WorkspaceRow

_SETTINGS = (
    "multimedia_enabled",
    "report_channel",
    "report_schedule",
    "timezone",
    "audit_channel",
    "report_all_clear",
    "admin_users",
    "admin_group",
    "language",
)


_FIELDS = ("id", *_SETTINGS, "created_at")
# Every column of the row, labelled so another repository's query can carry them too.
WORKSPACE_COLUMNS = tuple(
    WorkspaceRow.__table__.c[name].label(f"workspace_{name}") for name in _FIELDS
)
# Compiled once, run on the DB-API cursor (storage/prepared.py).
_GET = Prepared(select(*WORKSPACE_COLUMNS).where(WorkspaceRow.id == bindparam("workspace_id")))
_UNREAD = object()


class SqlWorkspaceRepository(Repository):
    _cached: object = _UNREAD

    def load(self) -> Workspace | None:
        """Read the row now (the unit of work's first statement) and keep it."""
        return self.remember(_GET.first(self.scope, {"workspace_id": self.workspace_id}))

    def remember(self, row: Any | None) -> Workspace | None:
        """Keep the row of WORKSPACE_COLUMNS another query of this unit of work read."""
        found = None if row is None else _settings(_WORKSPACE_KEYS(row))
        self._cached = found
        return found

    @property
    def known(self) -> bool:
        """Whether this unit of work has read the row already."""
        return self._cached is not _UNREAD

    def get(self) -> Workspace | None:
        """This workspace's settings, or None before its first use (read once per unit of work)."""
        if self._cached is _UNREAD:
            return self.load()
        return self._cached  # type: ignore[return-value]

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
        self._cached = _UNREAD
        return self.session.execute(statement).scalar_one_or_none() is not None

    def save(self, workspace: Workspace) -> Workspace:
        """Store every setting of `workspace`, creating the row if needed."""
        self.ensure(workspace)
        values = workspace.model_dump(include=set(_SETTINGS))
        self.session.execute(
            update(WorkspaceRow).where(WorkspaceRow.id == self.workspace_id).values(**values)
        )
        saved = self.load()
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


_WORKSPACE_KEYS = attrgetter(*(f"workspace_{name}" for name in _FIELDS))


@lru_cache(maxsize=256)
def _settings(values: tuple[Any, ...]) -> Workspace:
    """The Workspace of a row's WORKSPACE_COLUMNS values. The row was validated when it was
    written, so it is not validated again; a Workspace is frozen, so the one made for the
    same values (every column of the row) is shared."""
    fields = dict(zip(_FIELDS, values, strict=True))
    fields["admin_users"] = fields["admin_users"] or ()  # NULL: none of its own
    return trusted(Workspace, fields)
