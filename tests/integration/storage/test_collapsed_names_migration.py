"""Migration 0010 collapses white space in stored names and keys, keeping rows that collide."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa

from storage.engine import make_engine
from storage.migrate import upgrade

_WORKSPACE = (
    "INSERT INTO workspaces (id, multimedia_enabled, report_schedule, timezone, "
    "report_all_clear, created_at) VALUES ('T1', false, '0 9 * * *', 'UTC', false, "
    "'2026-01-01 00:00:00')"
)
_PROFILE = (
    "INSERT INTO profiles (id, workspace_id, name, name_key, description, type, voice, chat, "
    "email, social, active, system, version, created_at, created_by, updated_at, updated_by, "
    "status_changed_at, status_changed_by) VALUES (:id, 'T1', :name, :key, '', 'blended', 1, 0, "
    "0, 0, true, false, 1, :at, 'seed', :at, 'seed', :at, 'seed')"
)


def test_profile_names_are_collapsed_and_a_colliding_pair_is_kept_and_reported(
    empty_database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    upgrade(empty_database_url, "0006")
    engine = make_engine(empty_database_url)
    at = "2026-01-01 00:00:00+00:00"
    with engine.begin() as connection:
        connection.execute(sa.text(_WORKSPACE))
        for row_id, name in ((1, "Sales Day"), (2, "Sales  Day"), (3, " Night   Shift ")):
            key = name.strip().casefold()  # how profiles were keyed until 0010
            connection.execute(
                sa.text(_PROFILE), {"id": row_id, "name": name, "key": key, "at": at}
            )

    with caplog.at_level(logging.WARNING, logger="mmbot.migrations"):
        upgrade(empty_database_url)

    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT name, name_key FROM profiles ORDER BY id")).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [
        ("Sales Day", "sales day"),
        ("Sales  Day", "sales  day"),  # would collide with the first: kept as it was
        ("Night Shift", "night shift"),
    ]
    assert "'Sales  Day' (id 2) and id 1 of workspace T1" in caplog.text


def test_long_casefolded_org_names_fit_their_widened_key(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    name = "ß" * 80  # its key, "ss" * 80, is twice as long as the name
    with engine.begin() as connection:
        connection.execute(sa.text(_WORKSPACE))
        connection.execute(
            sa.text(
                "INSERT INTO agents (id, workspace_id, name, name_key, search_key) "
                "VALUES (1, 'T1', :name, :key, :key)"
            ),
            {"name": name, "key": "ss" * 80},
        )
        stored = connection.execute(sa.text("SELECT name_key FROM agents")).scalar_one()
    engine.dispose()
    assert stored == "ss" * 80
