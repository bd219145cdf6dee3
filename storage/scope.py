"""The database handle of one unit of work: a connection, and an ORM session when needed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection


class Scope:
    """One unit of work's connection and, for the repositories that need one, its session.

    A writer works through its session (flushes, savepoints, the commit): the connection is
    the session's. A reader writes nothing and runs each statement in autocommit
    (storage/engine.py unit_engines). It holds a bare connection, cheaper to open and close;
    its hot queries go straight to the DB-API connection (storage/prepared.py), and a
    session on the same connection is made only when a repository first asks for one.

    On SQLite a reader begins with the pooled DB-API connection alone: it has no isolation
    level to set (that is what a PostgreSQL reader's Connection does at checkout), and a
    Connection object around it is made only when Core or the ORM is used.
    """

    def __init__(self, engine: Engine, *, write: bool) -> None:
        self._engine = engine
        self.write = write
        self.dialect: Dialect = engine.dialect
        self._session: Session | None = None
        self._connection: Connection | None = None
        self._pooled: PoolProxiedConnection | None = None

    def begin(self) -> None:
        """Start now: a writer begins its transaction and takes its lock (SQLite: BEGIN
        IMMEDIATE); a reader takes its connection from the pool."""
        if self.write:
            self.session.connection()
        elif self.dialect.name == "sqlite":
            try:
                self._pooled = self._engine.raw_connection()
            except self.dialect.loaded_dbapi.Error as error:
                raise _wrapped(self.dialect, error) from error
        else:
            self._connection = self._engine.connect()

    @property
    def session(self) -> Session:
        """The ORM session of this unit of work (made on first use for a reader)."""
        if self._session is None:
            # expire_on_commit=False: domain objects are built eagerly, nothing lazy-loads later.
            bind = self._engine if self.write else self.connection
            self._session = Session(bind=bind, expire_on_commit=False)
        return self._session

    @property
    def connection(self) -> Connection:
        """The Core connection this unit of work runs on."""
        if self.write:
            return self.session.connection()
        if self._connection is None:
            if self._pooled is None:
                self.begin()
            if self._pooled is not None:
                # From here on the Connection owns the pooled connection (and returns it).
                self._connection = Connection(self._engine, connection=self._pooled)
                self._pooled = None
        assert self._connection is not None
        return self._connection

    @property
    def dbapi_connection(self) -> Any:
        """The DB-API connection under this unit of work, for prepared statements."""
        pooled = self._pooled
        if pooled is not None:
            return pooled.dbapi_connection
        if not self.write and self._connection is None:
            self.begin()
            if self._pooled is not None:
                return self._pooled.dbapi_connection
        return self.connection.connection.dbapi_connection

    def invalidate(self, error: BaseException) -> None:
        """Throw away the connection `error` showed to be dead, instead of pooling it."""
        if self._pooled is not None:
            self._pooled.invalidate(error)
        else:
            self.connection.invalidate(error)

    def close(self) -> None:
        """End the unit of work, rolling back what was not committed, and give the
        connection back to the pool."""
        session, connection, pooled = self._session, self._connection, self._pooled
        self._session = self._connection = self._pooled = None
        try:
            if session is not None:
                # Closing skips the snapshot restore a rollback() would do: it is thrown away.
                session.close()
        finally:
            if connection is not None:
                connection.close()
            elif pooled is not None:
                pooled.close()


def _wrapped(dialect: Dialect, error: Any) -> exc.StatementError:
    """A DB-API error raised outside any statement, as SQLAlchemy raises it."""
    failure: exc.StatementError = exc.DBAPIError.instance(
        None, None, error, dialect.loaded_dbapi.Error, dialect=dialect
    )
    return failure
