"""What a database error means to the user: busy, unreachable, an unknown commit outcome, a
name already taken — or none of these (then it stays an unexpected failure)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from domain.errors import CommitOutcomeUnknown, DomainError, StoreBusy, StoreUnreachable

# PostgreSQL SQLSTATEs of a store that is there but busy: lock or statement timeout,
# serialization failure, deadlock. A retry in a moment can cure them.
_BUSY_SQLSTATES = {"55P03", "57014", "40001", "40P01"}
# PostgreSQL SQLSTATEs of a server that is going away or not yet there (admin or crash
# shutdown, cannot connect now); class 08 is every connection exception.
_UNREACHABLE_SQLSTATES = {"57P01", "57P02", "57P03"}
_SQLITE_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


def _sqlstate(error: exc.DBAPIError) -> str | None:
    sqlstate = getattr(error.orig, "sqlstate", None)
    return sqlstate if isinstance(sqlstate, str) else None


def is_busy(error: BaseException) -> bool:
    """True when `error` means the store is locked or timed out: worth a retry in a moment."""
    if isinstance(error, exc.TimeoutError):  # no pooled connection became free in time
        return True
    if not isinstance(error, exc.OperationalError) or error.connection_invalidated:
        return False
    sqlstate = _sqlstate(error)
    if sqlstate is not None:
        return sqlstate in _BUSY_SQLSTATES
    message = str(error.orig).lower()
    return any(word in message for word in _SQLITE_BUSY_WORDS)


def is_unreachable(error: BaseException) -> bool:
    """True when no connection to the server could be made, or the one in use was lost."""
    if not isinstance(error, exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if not isinstance(error, exc.OperationalError):
        return False
    sqlstate = _sqlstate(error)
    if sqlstate is not None:
        return sqlstate in _UNREACHABLE_SQLSTATES or sqlstate.startswith("08")
    # psycopg reports a failed connection attempt (refused, reset, timed out) without a
    # SQLSTATE; SQLite has no connection to fail.
    return type(error.orig).__module__.startswith("psycopg")


def is_dead_connection(error: BaseException) -> bool:
    """True when the connection itself is gone (closed by the server, or its network cut)."""
    return isinstance(error, exc.DBAPIError) and error.connection_invalidated


def store_failure(error: BaseException) -> DomainError | None:
    """StoreUnreachable or StoreBusy for an error outside a COMMIT; None for any other error."""
    if is_unreachable(error):
        return StoreUnreachable()
    if is_busy(error):
        return StoreBusy()
    return None


def commit_failure(error: BaseException) -> DomainError | None:
    """What an error raised by COMMIT itself means; None when it is no store failure.

    Only an answer from the server (a SQLSTATE that is no connection failure) or SQLite's
    lock refusal says the transaction was not stored. A connection lost, or any other
    failure while COMMIT was in flight, leaves the outcome unknown: it may have been stored.
    """
    if not isinstance(error, exc.DBAPIError):
        return None
    if is_busy(error):
        return StoreBusy()  # refused before anything was written: the COMMIT did not happen
    if isinstance(error, exc.IntegrityError):
        return None  # a deferred constraint refused the transaction: nothing was stored
    sqlstate = _sqlstate(error)
    if sqlstate is not None and not is_unreachable(error):
        return None  # the server answered the COMMIT with an error: nothing was stored
    if (
        isinstance(error, (exc.OperationalError, exc.InterfaceError))
        or error.connection_invalidated
    ):
        # A lost connection, a disk I/O error while writing the journal, and the like.
        return CommitOutcomeUnknown()
    return None


@contextmanager
def store_failures_as_domain_errors() -> Iterator[None]:
    """Turn an unreachable, locked or timed-out database inside the block into its domain error.

    For blocks that commit at their end (`engine.begin()`) with nothing a user could check
    afterwards, so a lost COMMIT answer there is reported as unreachable.
    """
    try:
        yield
    except exc.SQLAlchemyError as error:
        failure = store_failure(error)
        if failure is not None:
            raise failure from error
        raise


def is_name_conflict(error: exc.IntegrityError) -> bool:
    """True when the unique index on (workspace_id, name_key) refused the row."""
    return "name_key" in str(error.orig)
