"""Report runs keep what a posted report found, for the App Home's "latest report".

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_runs") as batch:
        batch.add_column(sa.Column("inactive_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("unassigned_count", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_runs") as batch:
        batch.drop_column("unassigned_count")
        batch.drop_column("inactive_count")
