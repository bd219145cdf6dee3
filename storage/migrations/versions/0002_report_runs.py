"""Report runs: one claimed row per workspace and scheduled time, for the exactly-once report.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types as they were at this revision; never import the models.
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "report_runs",
        sa.Column("workspace_id", sa.String(length=64), nullable=False),
        sa.Column("scheduled_for", TIMESTAMP, nullable=False),
        sa.Column("claimed_by", sa.String(length=255), nullable=False),
        sa.Column("claimed_at", TIMESTAMP, nullable=False),
        sa.Column("lease_until", TIMESTAMP, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("finished_at", TIMESTAMP, nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("channel", sa.String(length=64), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("workspace_id", "scheduled_for", name=op.f("pk_report_runs")),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_report_runs_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('posted', 'nothing_to_report', 'no_channel', 'failed')",
            name=op.f("ck_report_runs_outcome"),
        ),
    )


def downgrade() -> None:
    op.drop_table("report_runs")
