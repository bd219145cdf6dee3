"""The database handle of one unit of work: a connection, and an ORM session when needed."""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session


class Scope:
    """One transaction's connection and, for the repositories that need one, its session.

    A writer works through its session (flushes, savepoints, the commit): the connection is
    the session's. A reader begins on a bare connection, which is cheaper to open and close;
    its hot queries run on that connection (storage/prepared.py), and a session on the same
    connection and transaction is made only when a repository first asks for one.
    """

    def __init__(self, engine: Engine, *, write: bool) -> None:
        self._engine = engine
        self.write = write
        self._session: Session | None = None
        self._connection: Connection | None = None

    def begin(self) -> None:
        """Start the transaction now: a writer takes its lock (SQLite: BEGIN IMMEDIATE)."""
        if self.write:
            self.session.connection()
        else:
            self._connection = self._engine.connect()
            self._connection.begin()

    @property
    def session(self) -> Session:
        """The ORM session of this transaction (made on first use for a reader)."""
        if self._session is None:
            # expire_on_commit=False: domain objects are built eagerly, nothing lazy-loads later.
            bind = self._engine if self.write else self.connection
            self._session = Session(bind=bind, expire_on_commit=False)
        return self._session

    @property
    def connection(self) -> Connection:
        """The connection this transaction runs on."""
        if self.write:
            return self.session.connection()
        if self._connection is None:
            self.begin()
        assert self._connection is not None
        return self._connection

    @property
    def dialect_name(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._engine.dialect.name

    def close(self) -> None:
        """End the transaction, rolling back what was not committed, and give the connection
        back to the pool."""
        session, connection = self._session, self._connection
        self._session = self._connection = None
        try:
            if session is not None:
                # Closing skips the snapshot restore a rollback() would do: it is thrown away.
                session.close()
        finally:
            if connection is not None:
                connection.close()
