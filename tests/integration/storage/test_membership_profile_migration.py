"""Migration 0011 copies each agent's own profile into its team memberships."""

from __future__ import annotations

import sqlalchemy as sa

from storage.engine import make_engine
from storage.migrate import upgrade
from tests.integration.storage.test_collapsed_names_migration import _PROFILE, _WORKSPACE


def test_existing_memberships_get_their_agents_profile(empty_database_url: str) -> None:
    upgrade(empty_database_url, "0010")
    engine = make_engine(empty_database_url)
    at = "2026-01-01 00:00:00+00:00"
    with engine.begin() as connection:
        connection.execute(sa.text(_WORKSPACE))
        connection.execute(sa.text(_PROFILE), {"id": 7, "name": "Solo", "key": "solo", "at": at})
        connection.execute(
            sa.text(
                "INSERT INTO sites (id, workspace_id, name, name_key, search_key, profile_id) "
                "VALUES (1, 'T1', 'North', 'north', 'north', 7)"
            )
        )
        for team_id in (1, 2):
            connection.execute(
                sa.text(
                    "INSERT INTO teams (id, workspace_id, name, name_key, search_key, site_id, "
                    "kind) VALUES (:id, 'T1', :name, :name, :name, 1, 'agent')"
                ),
                {"id": team_id, "name": f"tier {team_id}"},
            )
        for agent_id, profile_id in ((1, 7), (2, None)):
            connection.execute(
                sa.text(
                    "INSERT INTO agents (id, workspace_id, name, name_key, search_key, "
                    "profile_id) VALUES (:id, 'T1', :name, :name, :name, :profile)"
                ),
                {"id": agent_id, "name": f"agent {agent_id}", "profile": profile_id},
            )
            for team_id in (1, 2):
                connection.execute(
                    sa.text(
                        "INSERT INTO agent_teams (workspace_id, agent_id, team_id) "
                        "VALUES ('T1', :agent, :team)"
                    ),
                    {"agent": agent_id, "team": team_id},
                )

    upgrade(empty_database_url)

    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT agent_id, team_id, agent_profile_id FROM agent_teams "
                "ORDER BY agent_id, team_id"
            )
        ).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [(1, 1, 7), (1, 2, 7), (2, 1, None), (2, 2, None)]
