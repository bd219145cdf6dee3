"""Languages: the workspace's default for channel posts, and each user's own choice.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LANGUAGES = "language IN ('en', 'hu')"


def upgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        # Existing workspaces keep reading English until an administrator says otherwise.
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="en"))
        batch.create_check_constraint(op.f("ck_workspaces_language"), _LANGUAGES)
    op.create_table(
        "user_languages",
        sa.Column("workspace_id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.PrimaryKeyConstraint("workspace_id", "user_id", name=op.f("pk_user_languages")),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            ondelete="CASCADE",
            name=op.f("fk_user_languages_workspace_id_workspaces"),
        ),
        sa.CheckConstraint(_LANGUAGES, name=op.f("ck_user_languages_language")),
    )


def downgrade() -> None:
    op.drop_table("user_languages")
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_constraint(op.f("ck_workspaces_language"), type_="check")
        batch.drop_column("language")
