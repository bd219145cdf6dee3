"""Migrations build the schema the models describe, idempotently, even when run concurrently."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from storage.bootstrap import open_store
from storage.engine import make_engine
from storage.migrate import current_revision, head_revision, upgrade
from storage.tables import Base


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_is_idempotent(empty_database_url: str) -> None:
    assert current_revision(empty_database_url) is None
    upgrade(empty_database_url)
    upgrade(empty_database_url)
    assert current_revision(empty_database_url) == head_revision() == "0011"


def test_two_concurrent_upgrades_of_a_fresh_database_both_succeed(empty_database_url: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def migrate() -> None:
        barrier.wait()
        try:
            upgrade(empty_database_url)
        except BaseException as error:  # the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=migrate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert current_revision(empty_database_url) == head_revision()


def test_open_store_migrates_a_new_database_and_is_ready_to_use(empty_database_url: str) -> None:
    factory = open_store(empty_database_url)
    try:
        assert current_revision(factory.engine) == head_revision()
        assert factory.workspace_ids() == []
    finally:
        factory.engine.dispose()


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/pragmas.db")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
    finally:
        engine.dispose()


def test_postgres_urls_without_a_driver_use_psycopg() -> None:
    engine = make_engine("postgresql://postgres@127.0.0.1:1/none")
    assert engine.dialect.driver == "psycopg"
    engine.dispose()
