"""Throw-away databases for a benchmark run: an SQLite file, and a PostgreSQL schema if asked."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.engine import make_engine


@dataclass(frozen=True)
class BenchDatabase:
    label: str
    url: str
    version: str


@contextmanager
def sqlite_database() -> Iterator[BenchDatabase]:
    """A new SQLite file in a temporary directory, removed afterwards."""
    import sqlite3

    with tempfile.TemporaryDirectory(prefix="mmbot-bench-") as directory:
        path = Path(directory) / "bench.db"
        yield BenchDatabase("sqlite", f"sqlite:///{path}", sqlite3.sqlite_version)


@contextmanager
def postgres_database(server_url: str) -> Iterator[BenchDatabase]:
    """A private schema on the given server, dropped afterwards."""
    schema = f"mmbot_bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(server_url)
    try:
        with admin.begin() as connection:
            version = str(connection.scalar(text("SHOW server_version")))
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield BenchDatabase("postgresql", url.render_as_string(hide_password=False), version)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()
