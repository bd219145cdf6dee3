"""Prepared statements (storage/prepared.py) give exactly what SQLAlchemy's own execution
gives, and fail as it fails; readers (storage/scope.py) hold no transaction open."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine, bindparam, column, exc, select, table
from sqlalchemy.sql import Select

from domain.audit import Actor
from domain.commands.grammar import parse
from storage.prepared import Prepared
from storage.repositories import agents, profile_usage, profiles, user_languages, workspaces
from storage.scope import Scope
from storage.tables import ProfileRow
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import run

ADMIN = Actor(kind="cli", id="ops", name="ops")
ANN = Actor(kind="slack", id="UANN", name="ann")

# Every prepared statement the repositories run, with parameters that find rows.
_CASES: list[tuple[str, Prepared, dict[str, Any]]] = [
    ("workspace", workspaces._GET, {}),
    ("language", user_languages._LANGUAGE_OF, {"user_id": "UANN"}),
    ("language+workspace", user_languages._LANGUAGE_AND_WORKSPACE, {"user_id": "UANN"}),
    ("profile by key", profiles._BY_KEY, {"key": "chat heavy"}),
    ("profile list", profiles._LIST, {}),
    ("profiles by state", profiles._LIST_BY_STATE, {"active": True}),
    ("agent by key", agents._AGENT_BY_KEY, {"key": "ann lee"}),
    ("effective by key", agents._EFFECTIVE_BY_KEY, {"key": "ann lee"}),
    ("usage", profile_usage._USAGE, {"offset": 0, "limit": 25}),
]


@pytest.fixture
def populated(uow_factory: SqlUnitOfWorkFactory) -> SqlUnitOfWorkFactory:
    for text in (
        "settings multimedia=on",
        'create "Chat Heavy" type=blended voice=1 chat=5 email=2 description="busy days"',
        "site add Budapest",
        "team add Tier1 site=Budapest",
        'agent add "Ann Lee" team=Tier1',
        'assign "Chat Heavy" team Tier1',
    ):
        run(parse(text), factory=uow_factory, workspace_id="T1", actor=ADMIN, is_admin=True)
    run(parse("language hu"), factory=uow_factory, workspace_id="T1", actor=ANN, is_admin=False)
    return uow_factory


@pytest.mark.parametrize(("name", "prepared", "extra"), _CASES, ids=[c[0] for c in _CASES])
def test_a_prepared_statement_returns_what_sqlalchemy_returns(
    populated: SqlUnitOfWorkFactory, name: str, prepared: Prepared, extra: dict[str, Any]
) -> None:
    with populated("T1", write=False) as uow:
        profile = uow.profiles.get_by_name("Chat Heavy")
        assert profile is not None
        params = {"workspace_id": "T1", "profile_id": profile.id, **extra}
        mine = [tuple(row) for row in prepared.rows(uow.scope, params)]
        theirs = [tuple(row) for row in uow.scope.connection.execute(prepared.statement, params)]
    assert mine, f"{name}: the case should find rows"
    assert mine == theirs
    # The conversions were made: booleans, aware datetimes, JSON lists, not stored text.
    values = [value for row in mine for value in row]
    for value in values:
        assert not (isinstance(value, str) and value.startswith("[")), (name, value)
    for value in values:
        if isinstance(value, datetime):
            assert value.tzinfo is not None


def test_rows_are_named_by_the_statements_columns(populated: SqlUnitOfWorkFactory) -> None:
    with populated("T1", write=False) as uow:
        row = profiles._BY_KEY.first(uow.scope, {"workspace_id": "T1", "key": "chat heavy"})
    assert row is not None
    assert (row.name, row.chat, row.active, row.description) == ("Chat Heavy", 5, True, "busy days")


def test_a_database_error_is_the_error_sqlalchemy_raises(uow_factory: SqlUnitOfWorkFactory) -> None:
    missing = Prepared(select(column("x")).select_from(table("no_such_table")))
    with uow_factory("T1", write=False) as uow, pytest.raises(exc.DBAPIError) as raised:
        missing.rows(uow.scope, {})
    assert "no_such_table" in str(raised.value)
    assert not raised.value.connection_invalidated


def test_a_statement_with_an_expanding_parameter_is_refused(engine: Engine) -> None:
    statement: Select[Any] = select(ProfileRow.id).where(
        ProfileRow.id.in_(bindparam("ids", expanding=True))
    )
    with pytest.raises(ValueError, match="plain bound parameters"):
        Prepared(statement).rows(Scope(engine, write=False), {"ids": [1]})


def test_a_reader_sees_each_commit_at_its_next_statement(populated: SqlUnitOfWorkFactory) -> None:
    with populated("T1", write=False) as reader:
        before = reader.profiles.get_by_name("Chat Heavy")
        # A writer commits while the reader is open: the reader holds no snapshot or lock.
        run(
            parse('edit "Chat Heavy" chat=4'),
            factory=populated,
            workspace_id="T1",
            actor=ADMIN,
            is_admin=True,
        )
        after = reader.profiles.get_by_name("Chat Heavy")
    assert before is not None
    assert after is not None
    assert (before.chat, after.chat) == (5, 4)


def test_a_reader_that_uses_the_orm_shares_its_connection(populated: SqlUnitOfWorkFactory) -> None:
    with populated("T1", write=False) as uow:
        first = uow.scope.dbapi_connection
        names = uow.profiles.names()  # an ORM session query
        assert uow.scope.dbapi_connection is first
        assert uow.profiles.get_by_name("Chat Heavy") is not None
    assert "Chat Heavy" in names
