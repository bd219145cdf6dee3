"""Statements compiled once per dialect and run straight on the DB-API cursor.

The queries every slash command makes (an agent's effective profiles, a profile by name, a
page of the list, the caller's language) are short: on SQLite the query itself takes about
10 µs, and SQLAlchemy's execution machinery around a cached statement (execution context,
cursor result, row processing) took three times that. A `Prepared` statement is written
with SQLAlchemy Core like any other, compiled once for each dialect it meets, and then run
on the connection's DB-API cursor: the SQL text, the order of its parameters and the type
conversions of its results (booleans, datetimes, JSON on SQLite) are worked out once.

A DB-API error is raised as the DBAPIError SQLAlchemy would have raised, and a connection
found dead is invalidated, so storage/errors.py and the unit of work's retry see no
difference.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, exc
from sqlalchemy.engine import Dialect

from storage.scope import Scope


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # Positional paramstyles: (name, constant, is_constant) per placeholder, in order;
    # None for named ones.
    slots: tuple[tuple[str, Any, bool], ...] | None
    # The statement's own values (already converted for the driver), by name.
    constants: dict[str, Any]
    # Conversions of the caller's parameters, by name, where their type has one.
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]
    # (column index, conversion) for the result columns that need one.
    conversions: tuple[tuple[int, Callable[[Any], Any]], ...]
    row: Callable[[Iterable[Any]], tuple[Any, ...]]


class Prepared:
    """A Core SELECT run on the DB-API cursor of a unit of work's connection.

    Only plain bound parameters are allowed (no expanding IN, no literal_execute), so that
    the compiled text is the same for every call.
    """

    def __init__(self, statement: Select[*tuple[Any, ...]]) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, scope: Scope, params: Mapping[str, Any]) -> list[Any]:
        """Every row, as named tuples of the statement's column keys, converted as SQLAlchemy
        would convert them."""
        dialect = scope.dialect
        compiled = self._compiled.get(dialect.name) or self._compile(dialect)
        values = params
        if compiled.binds:
            values = dict(params)
            for name, process in compiled.binds:
                values[name] = process(values[name])
        slots = compiled.slots
        arguments: Sequence[Any] | Mapping[str, Any] = (
            {**compiled.constants, **values}
            if slots is None
            else [constant if fixed else values[name] for name, constant, fixed in slots]
        )
        dbapi_connection = scope.dbapi_connection
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(compiled.sql, arguments)
            fetched = cursor.fetchall()
        except dialect.loaded_dbapi.Error as error:
            raise _wrapped(scope, compiled.sql, arguments, error, cursor) from error
        finally:
            cursor.close()
        conversions, row = compiled.conversions, compiled.row
        if not conversions:
            return [row(found) for found in fetched]
        converted = []
        for found in fetched:
            mutable = list(found)
            for index, convert in conversions:
                mutable[index] = convert(mutable[index])
            converted.append(row(mutable))
        return converted

    def first(self, scope: Scope, params: Mapping[str, Any]) -> Any | None:
        """The first row, or None."""
        found = self.rows(scope, params)
        return found[0] if found else None

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)
        sql = str(compiled)
        if "POSTCOMPILE" in sql:
            raise ValueError("a prepared statement takes plain bound parameters only")
        constants: dict[str, Any] = {}
        binds = []
        for name, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if not bind.required and bind.callable is None:
                value = bind.effective_value
                constants[name] = value if process is None else process(value)
            elif process is not None:
                binds.append((name, process))
        columns = list(self.statement.selected_columns)
        conversions = tuple(
            (index, convert)
            for index, column in enumerate(columns)
            if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None))
            is not None
        )
        keys = [column.key or f"column_{index}" for index, column in enumerate(columns)]
        row = namedtuple("PreparedRow", keys, rename=True)  # type: ignore[misc]
        slots = (
            None
            if compiled.positiontup is None
            else tuple(
                (name, constants.get(name), name in constants) for name in compiled.positiontup
            )
        )
        prepared = _Compiled(sql, slots, constants, tuple(binds), conversions, row._make)
        self._compiled[dialect.name] = prepared
        return prepared


def _wrapped(
    scope: Scope,
    sql: str,
    arguments: Sequence[Any] | Mapping[str, Any],
    error: Any,
    cursor: Any,
) -> exc.StatementError:
    """`error` as SQLAlchemy raises it, the connection invalidated when it is dead."""
    dialect = scope.dialect
    disconnected = dialect.is_disconnect(error, scope.dbapi_connection, cursor)
    if disconnected:
        scope.invalidate(error)
    failure: exc.StatementError = exc.DBAPIError.instance(
        sql,
        arguments,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=disconnected,
        dialect=dialect,
    )
    return failure
