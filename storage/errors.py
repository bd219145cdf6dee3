"""Which database errors mean "busy, try again" and which mean a name is already taken."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from domain.errors import StoreBusy

# PostgreSQL SQLSTATEs that a retry can cure: lock/statement timeout, serialization
# failure, deadlock, admin shutdown, cannot connect now.
_RETRYABLE_SQLSTATES = {"55P03", "57014", "40001", "40P01", "57P01", "57P02", "57P03"}
_SQLITE_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


def is_busy(error: BaseException) -> bool:
    """True when `error` means the store is locked, timed out or unreachable: worth a retry."""
    if isinstance(error, exc.TimeoutError):  # no pooled connection became free in time
        return True
    if not isinstance(error, exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if not isinstance(error, exc.OperationalError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in _RETRYABLE_SQLSTATES or sqlstate.startswith("08")
    message = str(error.orig).lower()
    if any(word in message for word in _SQLITE_BUSY_WORDS):
        return True
    # psycopg reports a failed connection attempt without a SQLSTATE.
    return type(error.orig).__module__.startswith("psycopg")


def is_dead_connection(error: BaseException) -> bool:
    """True when the connection itself is gone (closed by the server, or its network cut)."""
    return isinstance(error, exc.DBAPIError) and error.connection_invalidated


@contextmanager
def busy_as_store_busy() -> Iterator[None]:
    """Turn a locked, timed-out or unreachable database inside the block into StoreBusy."""
    try:
        yield
    except exc.SQLAlchemyError as error:
        if is_busy(error):
            raise StoreBusy() from error
        raise


def is_name_conflict(error: exc.IntegrityError) -> bool:
    """True when the unique index on (workspace_id, name_key) refused the row."""
    return "name_key" in str(error.orig)
