"""What a database error means to the user: busy, unreachable, or a COMMIT of unknown outcome.

The errors are the drivers' own exception types, wrapped the way SQLAlchemy wraps them.
"""

from __future__ import annotations

import sqlite3

import psycopg
import psycopg.errors
import pytest
from sqlalchemy import exc

from domain.errors import CommitOutcomeUnknown, StoreBusy, StoreUnreachable
from storage.errors import commit_failure, store_failure


def _wrapped(
    orig: Exception, *, invalidated: bool = False, kind: type[exc.DBAPIError] = exc.OperationalError
) -> exc.DBAPIError:
    return kind("COMMIT", None, orig, connection_invalidated=invalidated)


LOST = _wrapped(psycopg.OperationalError("consuming input failed"), invalidated=True)
REFUSED = _wrapped(psycopg.OperationalError("connection failed: Connection refused"))
LOCK_TIMEOUT = _wrapped(psycopg.errors.LockNotAvailable("canceling statement"))
SERIALIZATION = _wrapped(psycopg.errors.SerializationFailure("could not serialize"))
SHUTDOWN = _wrapped(psycopg.errors.AdminShutdown("terminating connection"), invalidated=True)
SQLITE_LOCKED = _wrapped(sqlite3.OperationalError("database is locked"))
SQLITE_IO = _wrapped(sqlite3.OperationalError("disk I/O error"))
DEFERRED_CONSTRAINT = _wrapped(
    sqlite3.IntegrityError("FOREIGN KEY constraint failed"), kind=exc.IntegrityError
)


@pytest.mark.parametrize(
    ("error", "meaning"),
    [
        (REFUSED, StoreUnreachable),
        (LOST, StoreUnreachable),
        (SHUTDOWN, StoreUnreachable),
        (LOCK_TIMEOUT, StoreBusy),
        (SERIALIZATION, StoreBusy),
        (SQLITE_LOCKED, StoreBusy),
        (exc.TimeoutError("QueuePool limit reached"), StoreBusy),
    ],
    ids=["refused", "lost", "shutdown", "lock-timeout", "serialization", "sqlite-locked", "pool"],
)
def test_outside_a_commit_a_store_failure_is_unreachable_or_busy(
    error: Exception, meaning: type[Exception]
) -> None:
    assert type(store_failure(error)) is meaning


def test_an_error_that_is_no_store_failure_stays_what_it_is() -> None:
    assert store_failure(DEFERRED_CONSTRAINT) is None
    assert store_failure(ValueError("bug")) is None


@pytest.mark.parametrize(
    "error", [LOST, SHUTDOWN, SQLITE_IO], ids=["connection-lost", "shutdown", "sqlite-disk-io"]
)
def test_a_commit_whose_answer_never_came_has_an_unknown_outcome(error: Exception) -> None:
    assert type(commit_failure(error)) is CommitOutcomeUnknown


def test_a_commit_the_store_refused_is_known_not_stored() -> None:
    assert type(commit_failure(SERIALIZATION)) is StoreBusy
    assert type(commit_failure(SQLITE_LOCKED)) is StoreBusy
    assert commit_failure(DEFERRED_CONSTRAINT) is None
