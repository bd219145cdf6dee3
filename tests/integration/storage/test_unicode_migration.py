"""Migration 0007 recomputes the name keys of existing sites, teams and agents safely."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from storage.engine import make_engine
from storage.migrate import upgrade


def test_existing_names_get_new_keys_and_names_that_would_collide_stay_distinct(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0003")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO workspaces (id, multimedia_enabled, report_schedule, timezone, "
                "report_all_clear, created_at) VALUES ('T1', false, '0 9 * * *', 'UTC', false, "
                "'2026-01-01 00:00:00')"
            )
        )
        for row_id, name in ((1, "team a"), (2, "Team  A"), (3, "Győr  Észak")):
            connection.execute(
                sa.text(
                    "INSERT INTO agents (id, workspace_id, name, name_key) "
                    "VALUES (:id, 'T1', :name, :key)"
                ),
                {"id": row_id, "name": name, "key": name.strip().casefold()},
            )
    upgrade(url)
    with engine.connect() as connection:
        keys = connection.execute(
            sa.text("SELECT name_key, search_key FROM agents ORDER BY id")
        ).all()
    engine.dispose()
    assert keys == [
        ("team a", "team a"),
        ("team  a", "team a"),  # would collide with the first: keeps its old key
        ("győr észak", "gyor eszak"),
    ]
