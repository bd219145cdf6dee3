"""Covering indexes for the agents a profile reaches: team → its agents, site → its teams.

`usage` of a profile that many sites use walks every team of those sites and every agent of
those teams; with these the walk reads only index pages (no table row per membership).

Revision ID: 0009
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_agent_teams_team_id", table_name="agent_teams")
    op.create_index("ix_agent_teams_team_id_agent_id", "agent_teams", ["team_id", "agent_id"])
    op.drop_index("ix_teams_site_id", table_name="teams")
    op.create_index("ix_teams_site_id_profile_id", "teams", ["site_id", "profile_id"])


def downgrade() -> None:
    op.drop_index("ix_teams_site_id_profile_id", table_name="teams")
    op.create_index("ix_teams_site_id", "teams", ["site_id"])
    op.drop_index("ix_agent_teams_team_id_agent_id", table_name="agent_teams")
    op.create_index("ix_agent_teams_team_id", "agent_teams", ["team_id"])
