"""Database fixtures shared by every test that needs a real store, on SQLite and PostgreSQL.

`database_url` is parametrized: each test using it runs once on an SQLite file and once
on PostgreSQL (marked `postgres`). PostgreSQL tests share one migrated schema per test
session, private to this run, and every table is truncated before each test; SQLite
tests get a copy of a migrated template file. Both are fast enough for hundreds of tests.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from storage.engine import make_engine
from storage.migrate import upgrade
from storage.tables import Base
from storage.uow import SqlUnitOfWorkFactory

# Speed is measured by the benchmarks, never by a test: a loaded machine must not fail one.
settings.register_profile("mmbot", deadline=None)
settings.load_profile("mmbot")

POSTGRES_URL_VARIABLE = "MMBOT_TEST_DATABASE_URL"
BACKENDS = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The PostgreSQL database named by MMBOT_TEST_DATABASE_URL; skipped if unset (failed on CI)."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_URL_VARIABLE} is not set, and on CI PostgreSQL tests must run")
        pytest.skip(f"{POSTGRES_URL_VARIABLE} is not set: PostgreSQL tests need a server")
    return url


@contextmanager
def postgres_schema(server_url: str) -> Iterator[str]:
    """A new empty schema, dropped afterwards; yields a URL whose connections use only it."""
    schema = f"mmbot_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server_url)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(scope="session")
def _migrated_postgres(postgres_server_url: str) -> Iterator[tuple[str, Engine]]:
    with postgres_schema(postgres_server_url) as url:
        engine = make_engine(url)
        upgrade(engine)
        yield url, engine
        engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "mmbot.db"
    upgrade(f"sqlite:///{path}")
    # The engine is disposed, so the WAL was checkpointed into the file we copy.
    assert not path.with_name("mmbot.db-wal").exists()
    return path


def _truncate_all(engine: Engine) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a migrated database with no rows, private to this test (SQLite file or PostgreSQL)."""
    if request.param == "sqlite":
        path = tmp_path / "mmbot.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url, engine = request.getfixturevalue("_migrated_postgres")
    _truncate_all(engine)
    return str(url)


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a database with no schema at all, for migration tests."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with postgres_schema(request.getfixturevalue("postgres_server_url")) as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on `database_url`, disposed after the test."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow_factory(engine: Engine) -> SqlUnitOfWorkFactory:
    """A unit-of-work factory on the migrated, empty test database."""
    return SqlUnitOfWorkFactory(engine)
