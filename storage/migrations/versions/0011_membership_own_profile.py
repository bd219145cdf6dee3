"""Each team membership carries its agent's own profile, so `usage` never visits the agents.

Whom a profile reaches through a team or a site is every member of those teams *without a
profile of their own*. Asking the agents table that for each membership cost a lookup per
member: `usage` of a profile that 100 sites use (30,000 agents) took 200 ms on SQLite.
With `agent_teams.agent_profile_id` (a copy of `agents.profile_id`, kept equal by the agent
repository and the bulk loaders) and the index (team_id, agent_profile_id, agent_id) the
walk reads index pages only: 35 ms.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("agent_teams", sa.Column("agent_profile_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE agent_teams SET agent_profile_id = "
        "(SELECT agents.profile_id FROM agents WHERE agents.id = agent_teams.agent_id)"
    )
    op.drop_index("ix_agent_teams_team_id_agent_id", table_name="agent_teams")
    op.create_index(
        "ix_agent_teams_team_id_agent_profile_id_agent_id",
        "agent_teams",
        ["team_id", "agent_profile_id", "agent_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_agent_teams_team_id_agent_profile_id_agent_id", table_name="agent_teams")
    op.create_index("ix_agent_teams_team_id_agent_id", "agent_teams", ["team_id", "agent_id"])
    with op.batch_alter_table("agent_teams") as batch:
        batch.drop_column("agent_profile_id")
