"""Report runs carry their owner's token and a posting note; schedulers store heartbeats.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types as they were at this revision; never import the models.
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("report_runs") as batch:
        batch.add_column(sa.Column("claim_token", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("post_started_at", TIMESTAMP, nullable=True))
    op.create_table(
        "scheduler_heartbeats",
        sa.Column("instance_id", sa.String(length=64), nullable=False),
        sa.Column("beat_at", TIMESTAMP, nullable=False),
        sa.Column("runner", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("instance_id", name=op.f("pk_scheduler_heartbeats")),
    )


def downgrade() -> None:
    op.drop_table("scheduler_heartbeats")
    with op.batch_alter_table("report_runs") as batch:
        batch.drop_column("post_started_at")
        batch.drop_column("claim_token")
