"""Units of work: one transaction on one workspace, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from domain.errors import StoreBusy
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
from storage.engine import WRITE_OPTION
from storage.errors import is_busy
from storage.repositories.agents import SqlAgentRepository
from storage.repositories.audit import SqlAuditRepository
from storage.repositories.bulk import SqlBulkWriter
from storage.repositories.profiles import SqlProfileRepository
from storage.repositories.report_runs import SqlReportRunRepository
from storage.repositories.sites import SqlSiteRepository
from storage.repositories.teams import SqlTeamRepository
from storage.repositories.user_languages import SqlUserLanguageRepository
from storage.repositories.workspaces import SqlWorkspaceRepository
from storage.tables import WorkspaceRow


class SqlUnitOfWork:
    """One transaction on one workspace; every repository it hands out sees only that workspace."""

    def __init__(self, engine: Engine, workspace_id: str, *, write: bool = True) -> None:
        self.workspace_id = workspace_id
        self.write = write
        # The protocol's attributes are mutable, so they are typed as the protocols themselves.
        # expire_on_commit=False: domain objects are built eagerly, nothing is lazy-loaded later.
        self.session = Session(
            bind=engine.execution_options(**{WRITE_OPTION: write}), expire_on_commit=False
        )
        self.workspaces: WorkspaceRepository = SqlWorkspaceRepository(self.session, workspace_id)
        self.profiles: ProfileRepository = SqlProfileRepository(self.session, workspace_id)
        self.sites: SiteRepository = SqlSiteRepository(self.session, workspace_id)
        self.teams: TeamRepository = SqlTeamRepository(self.session, workspace_id)
        self.agents: AgentRepository = SqlAgentRepository(self.session, workspace_id)
        self.audit: AuditRepository = SqlAuditRepository(self.session, workspace_id)
        self.bulk: BulkWriter = SqlBulkWriter(self.session, workspace_id)
        self.report_runs: ReportRunRepository = SqlReportRunRepository(self.session, workspace_id)
        self.user_languages: UserLanguageRepository = SqlUserLanguageRepository(
            self.session, workspace_id
        )

    def __enter__(self) -> Self:
        try:
            # Begin now, so a writer holds the lock (SQLite: BEGIN IMMEDIATE) before any read.
            self.session.connection()
        except SQLAlchemyError as error:
            self.session.close()
            _raise_if_busy(error)
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.rollback()
        except SQLAlchemyError as error:
            if exc is None:
                _raise_if_busy(error)
                raise
            # Otherwise the error that ended the block is the one worth reporting.
        finally:
            self.session.close()
        if isinstance(exc, SQLAlchemyError):
            _raise_if_busy(exc)

    def commit(self) -> None:
        """Make every change of this unit of work permanent."""
        try:
            self.session.commit()
        except SQLAlchemyError as error:
            _raise_if_busy(error)
            raise

    def rollback(self) -> None:
        """Discard every change not yet committed."""
        self.session.rollback()


def _raise_if_busy(error: SQLAlchemyError) -> None:
    if is_busy(error):
        raise StoreBusy() from error


class SqlUnitOfWorkFactory:
    """Opens units of work on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(self, workspace_id: str, *, write: bool = True) -> SqlUnitOfWork:
        """A unit of work on `workspace_id`; `write=True` takes the write lock when it begins."""
        return SqlUnitOfWork(self.engine, workspace_id, write=write)

    def workspace_ids(self) -> list[str]:
        """Every workspace that has been used, in id order."""
        try:
            with Session(bind=self.engine.execution_options(**{WRITE_OPTION: False})) as session:
                return list(session.scalars(select(WorkspaceRow.id).order_by(WorkspaceRow.id)))
        except SQLAlchemyError as error:
            _raise_if_busy(error)
            raise
