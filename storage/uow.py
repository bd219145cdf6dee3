"""Units of work: one transaction on one workspace, rolled back unless committed.

A writer is one transaction. A reader (write=False) runs each statement in autocommit on
one connection: it writes nothing, and every statement sees the latest commit, on SQLite
as on PostgreSQL at READ COMMITTED (storage/engine.py unit_engines, storage/scope.py).

A pooled PostgreSQL connection the server has closed is replaced when it is checked out
(a look at its socket, no round trip: storage/engine.py). A writing unit of work then
begins by reading its workspace's row (its settings, kept for the rest of the unit of
work): a connection that died unseen fails there, before anything was written, and the
unit of work starts again once on a fresh connection. A reader, and SQLite, read the row
when first asked for (often joined into the reader's own query), and keep it likewise.

Nothing after that first statement is ever retried: a connection lost while COMMIT was in
flight may have stored the change, so it is reported as CommitOutcomeUnknown, never run again.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

import storage.installation_tables  # noqa: F401  (the slack_* tables belong to the schema)
from domain.ports import (
    AgentRepository,
    AuditRepository,
    ProfileRepository,
    SiteRepository,
    TeamRepository,
    UserLanguageRepository,
    WorkspaceRepository,
)
from domain.report_runs import ReportRunRepository
from domain.transfer.ports import BulkWriter
from storage.engine import WRITE_OPTION, unit_engines
from storage.errors import commit_failure, is_dead_connection, store_failure
from storage.repositories.agents import SqlAgentRepository
from storage.repositories.audit import SqlAuditRepository
from storage.repositories.bulk import SqlBulkWriter
from storage.repositories.profiles import SqlProfileRepository
from storage.repositories.report_runs import SqlReportRunRepository
from storage.repositories.sites import SqlSiteRepository
from storage.repositories.teams import SqlTeamRepository
from storage.repositories.user_languages import SqlUserLanguageRepository
from storage.repositories.workspaces import SqlWorkspaceRepository
from storage.scope import Scope
from storage.tables import WorkspaceRow

_REPOSITORIES = (
    "profiles",
    "sites",
    "teams",
    "agents",
    "audit",
    "bulk",
    "report_runs",
    "user_languages",
)
# A connection found dead at the start of a unit of work is replaced this many times.
DEAD_CONNECTION_RETRIES = 1


class SqlUnitOfWork:
    """One transaction on one workspace; every repository it hands out sees only that workspace."""

    def __init__(self, engine: Engine, workspace_id: str, *, write: bool = True) -> None:
        self.workspace_id = workspace_id
        self.write = write
        # The engine carries the write option (and, for PostgreSQL readers, autocommit).
        self._engine = (
            engine
            if WRITE_OPTION in engine.get_execution_options()
            else (unit_engines(engine)[write])
        )
        self._open()

    def _open(self) -> None:
        self.scope = Scope(self._engine, write=self.write)
        self._workspaces = SqlWorkspaceRepository(self.scope, self.workspace_id)

    def _reopen(self) -> None:
        """A new scope after a dead connection, and the repositories made anew on it."""
        for name in _REPOSITORIES:
            self.__dict__.pop(name, None)
        self._open()

    # Each repository is made when first asked for: a command uses two or three of them.
    @property
    def workspaces(self) -> WorkspaceRepository:
        return self._workspaces

    @cached_property
    def profiles(self) -> ProfileRepository:
        return SqlProfileRepository(self.scope, self.workspace_id)

    @cached_property
    def sites(self) -> SiteRepository:
        return SqlSiteRepository(self.scope, self.workspace_id)

    @cached_property
    def teams(self) -> TeamRepository:
        return SqlTeamRepository(self.scope, self.workspace_id)

    @cached_property
    def agents(self) -> AgentRepository:
        agents = SqlAgentRepository(self.scope, self.workspace_id)
        agents.workspaces = self._workspaces
        return agents

    @cached_property
    def audit(self) -> AuditRepository:
        return SqlAuditRepository(self.scope, self.workspace_id)

    @cached_property
    def bulk(self) -> BulkWriter:
        return SqlBulkWriter(self.scope, self.workspace_id)

    @cached_property
    def report_runs(self) -> ReportRunRepository:
        return SqlReportRunRepository(self.scope, self.workspace_id)

    @cached_property
    def user_languages(self) -> UserLanguageRepository:
        user_languages = SqlUserLanguageRepository(self.scope, self.workspace_id)
        user_languages.workspaces = self._workspaces
        return user_languages

    def __enter__(self) -> Self:
        for attempt in range(1 + DEAD_CONNECTION_RETRIES):
            try:
                # Begin now, so a writer holds the lock (SQLite: BEGIN IMMEDIATE) before any
                # read. On a server, the workspace read is the first statement: a pooled
                # connection the server closed fails here, when a retry is still safe.
                self.scope.begin()
                if self.write and self._engine.dialect.name != "sqlite":
                    # A file has no connection to lose; a reader needs no check of its own
                    # (the pool's checkout looks at the socket, storage/engine.py).
                    self._workspaces.load()
                return self
            except SQLAlchemyError as error:
                self.scope.close()
                if attempt < DEAD_CONNECTION_RETRIES and is_dead_connection(error):
                    # Nothing was done yet: start the unit of work again on a new connection.
                    self._reopen()
                    continue
                _raise_store_failure(error)
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            # Rolls back whatever was not committed.
            self.scope.close()
        except SQLAlchemyError as error:
            if exc is None:
                _raise_store_failure(error)
                raise
            # Otherwise the error that ended the block is the one worth reporting.
        if isinstance(exc, SQLAlchemyError):
            _raise_store_failure(exc)

    def commit(self) -> None:
        """Make every change of this unit of work permanent.

        Raises CommitOutcomeUnknown when the COMMIT was sent but its answer never came.
        """
        try:
            # Pending writes go out first: a failure among them is a known "not stored".
            self.session.flush()
        except SQLAlchemyError as error:
            _raise_store_failure(error)
            raise
        try:
            self.session.commit()
        except SQLAlchemyError as error:
            failure = commit_failure(error)
            if failure is not None:
                raise failure from error
            raise

    @property
    def session(self) -> Session:
        """The ORM session of this unit of work (a reader's is made on first use)."""
        return self.scope.session

    def rollback(self) -> None:
        """Discard every change not yet committed."""
        self.session.rollback()


def _raise_store_failure(error: SQLAlchemyError) -> None:
    """Raise StoreUnreachable or StoreBusy for `error` when it is one of those."""
    failure = store_failure(error)
    if failure is not None:
        raise failure from error


class SqlUnitOfWorkFactory:
    """Opens units of work on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Built once: engine.execution_options() makes a new engine object on every call.
        self._engines = unit_engines(engine)

    def __call__(self, workspace_id: str, *, write: bool = True) -> SqlUnitOfWork:
        """A unit of work on `workspace_id`; `write=True` takes the write lock when it begins."""
        return SqlUnitOfWork(self._engines[write], workspace_id, write=write)

    def workspace_ids(self) -> list[str]:
        """Every workspace that has been used, in id order."""
        for attempt in range(1 + DEAD_CONNECTION_RETRIES):
            try:
                with self._engines[False].connect() as connection:
                    return list(connection.scalars(_WORKSPACE_IDS))
            except SQLAlchemyError as error:
                if attempt < DEAD_CONNECTION_RETRIES and is_dead_connection(error):
                    continue
                _raise_store_failure(error)
                raise
        raise AssertionError("unreachable")  # pragma: no cover


_WORKSPACE_IDS = select(WorkspaceRow.id).order_by(WorkspaceRow.id)
