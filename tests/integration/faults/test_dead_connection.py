"""A pooled PostgreSQL connection the server has closed (a restart, a failover, an admin's
pg_terminate_backend) costs nothing: the pool sees it closed at checkout and hands out a new
one, and a writer that meets a dead one at its first statement starts again. No connection
is pinged before use."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from domain.audit import Actor
from domain.commands.grammar import parse
from domain.errors import StoreUnreachable
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.conftest import postgres_schema
from tests.support.commands import run

ADMIN = Actor(kind="cli", id="ops", name="ops")
pytestmark = pytest.mark.postgres


@pytest.fixture
def named_engine(postgres_server_url: str) -> Iterator[tuple[Engine, Engine, str]]:
    """(mmbot's engine, whose connections carry a name of their own; an admin engine; the name)."""
    with postgres_schema(postgres_server_url) as schema_url:
        upgrade(schema_url)
        name = f"mmbot-dead-{uuid.uuid4().hex[:8]}"
        engine = make_engine(make_url(schema_url).update_query_dict({"application_name": name}))
        admin = make_engine(postgres_server_url)
        yield engine, admin, name
        engine.dispose()
        admin.dispose()


def _backends(admin: Engine, name: str) -> set[int]:
    with admin.connect() as connection:
        query = text("SELECT pid FROM pg_stat_activity WHERE application_name = :name")
        return set(connection.scalars(query, {"name": name}))


def _terminate_all(admin: Engine, name: str) -> set[int]:
    """Kill every server-side connection of mmbot's pool; the pids killed."""
    pids = _backends(admin, name)
    assert pids, "the pool should hold an idle connection"
    with admin.connect() as connection:
        for pid in pids:
            # With a timeout, pg_terminate_backend returns once the backend has exited: its
            # socket is closed by then, as it is for a connection that died while pooled.
            killed = text("SELECT pg_terminate_backend(:pid, 5000)")
            assert connection.scalar(killed, {"pid": pid})
    return pids


def _run(factory: SqlUnitOfWorkFactory, command: str) -> str:
    reply = run(parse(command), factory=factory, workspace_id="local", actor=ADMIN, is_admin=True)
    return " ".join((reply.headline, *reply.details))


def test_a_read_after_the_server_killed_the_pooled_connection_still_answers(
    named_engine: tuple[Engine, Engine, str],
) -> None:
    engine, admin, name = named_engine
    factory = SqlUnitOfWorkFactory(engine)
    _run(factory, "create Kept type=blended chat=1")
    killed = _terminate_all(admin, name)

    answer = _run(factory, "show Kept")

    assert "Kept" in answer
    assert "Chat 1" in answer
    assert _backends(admin, name).isdisjoint(killed)


def test_a_change_after_the_server_killed_the_pooled_connection_is_made_once(
    named_engine: tuple[Engine, Engine, str],
) -> None:
    engine, admin, name = named_engine
    factory = SqlUnitOfWorkFactory(engine)
    _run(factory, "create Kept type=blended chat=1")
    _terminate_all(admin, name)

    _run(factory, "edit Kept chat=2")

    with factory("local", write=False) as uow:
        stored = uow.profiles.get_by_name("Kept")
    assert stored is not None
    assert (stored.chat, stored.version) == (2, 2)


def test_listing_the_workspaces_after_the_server_killed_the_pooled_connection_still_works(
    named_engine: tuple[Engine, Engine, str],
) -> None:
    engine, admin, name = named_engine
    factory = SqlUnitOfWorkFactory(engine)
    _run(factory, "list")
    _terminate_all(admin, name)

    assert factory.workspace_ids() == ["local"]


def test_a_connection_killed_under_a_reader_is_reported_unreachable_and_never_pooled_again(
    named_engine: tuple[Engine, Engine, str],
) -> None:
    engine, admin, name = named_engine
    factory = SqlUnitOfWorkFactory(engine)
    _run(factory, "create Kept type=blended chat=1")

    killed: set[int] = set()
    # The kill falls between the reader taking its connection and its first statement.
    with pytest.raises(StoreUnreachable), factory("local", write=False) as uow:  # noqa: PT012
        killed = _terminate_all(admin, name)
        uow.profiles.get_by_name("Kept")  # a prepared statement, on the DB-API cursor

    assert "Chat 1" in _run(factory, "show Kept")
    assert _backends(admin, name).isdisjoint(killed)
