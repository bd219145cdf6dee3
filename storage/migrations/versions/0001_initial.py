"""Initial schema: workspaces, profiles, sites, teams, agents, their teams, the audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import SchemaItem

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types as they were at this revision; never import the models.
WORKSPACE_ID = sa.String(length=64)
NAME = sa.String(length=80)
TIMESTAMP = sa.DateTime(timezone=True)
JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _named(table: str) -> list[SchemaItem]:
    """Id, workspace, name and its unique case-insensitive key: shared by every named table."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", WORKSPACE_ID, nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("name_key", NAME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(
            "workspace_id", "name_key", name=op.f(f"uq_{table}_workspace_id_name_key")
        ),
        sa.UniqueConstraint("workspace_id", "id", name=op.f(f"uq_{table}_workspace_id_id")),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f(f"fk_{table}_workspace_id_workspaces"),
            ondelete="RESTRICT",
        ),
    ]


def _owned_fk(
    table: str, column: str, target: str, ondelete: str = "RESTRICT"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["workspace_id", column],
        [f"{target}.workspace_id", f"{target}.id"],
        name=op.f(f"fk_{table}_workspace_id_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "workspaces",
        sa.Column("id", WORKSPACE_ID, nullable=False),
        sa.Column("multimedia_enabled", sa.Boolean(), nullable=False),
        sa.Column("report_channel", sa.String(length=64), nullable=True),
        sa.Column("report_schedule", sa.String(length=100), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("audit_channel", sa.String(length=64), nullable=True),
        sa.Column("report_all_clear", sa.Boolean(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
    )
    op.create_table(
        "profiles",
        *_named("profiles"),
        sa.Column("description", sa.String(length=255), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("voice", sa.SmallInteger(), nullable=False),
        sa.Column("chat", sa.SmallInteger(), nullable=False),
        sa.Column("email", sa.SmallInteger(), nullable=False),
        sa.Column("social", sa.SmallInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("system", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("created_by", sa.String(length=255), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("updated_by", sa.String(length=255), nullable=False),
        sa.Column("status_changed_at", TIMESTAMP, nullable=False),
        sa.Column("status_changed_by", sa.String(length=255), nullable=False),
        sa.CheckConstraint(
            "type IN ('blended', 'blended_realtime', 'exclusive')", name=op.f("ck_profiles_type")
        ),
        sa.CheckConstraint(
            "voice >= 0 AND chat >= 0 AND email >= 0 AND social >= 0",
            name=op.f("ck_profiles_counts_not_negative"),
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_profiles_version_positive")),
    )
    op.create_table(
        "sites",
        *_named("sites"),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        _owned_fk("sites", "profile_id", "profiles"),
    )
    op.create_index(op.f("ix_sites_profile_id"), "sites", ["profile_id"])
    op.create_table(
        "teams",
        *_named("teams"),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        _owned_fk("teams", "site_id", "sites"),
        _owned_fk("teams", "profile_id", "profiles"),
        sa.CheckConstraint("kind IN ('agent', 'capacity')", name=op.f("ck_teams_kind")),
        sa.CheckConstraint(
            "kind = 'agent' OR profile_id IS NULL", name=op.f("ck_teams_capacity_has_no_profile")
        ),
    )
    op.create_index(op.f("ix_teams_site_id"), "teams", ["site_id"])
    op.create_index(op.f("ix_teams_profile_id"), "teams", ["profile_id"])
    op.create_table(
        "agents",
        *_named("agents"),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("slack_user", sa.String(length=64), nullable=True),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        _owned_fk("agents", "profile_id", "profiles"),
    )
    op.create_index(op.f("ix_agents_profile_id"), "agents", ["profile_id"])
    op.create_table(
        "agent_teams",
        sa.Column("workspace_id", WORKSPACE_ID, nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agent_id", "team_id", name=op.f("pk_agent_teams")),
        _owned_fk("agent_teams", "agent_id", "agents", ondelete="CASCADE"),
        _owned_fk("agent_teams", "team_id", "teams"),
    )
    op.create_index(op.f("ix_agent_teams_team_id"), "agent_teams", ["team_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", WORKSPACE_ID, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("object_type", sa.String(length=32), nullable=False),
        sa.Column("object_name", sa.String(length=255), nullable=False),
        # No foreign key: a profile's history outlives the profile.
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("before", JSON_DOCUMENT, nullable=True),
        sa.Column("after", JSON_DOCUMENT, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_audit_workspace_id_workspaces"),
            ondelete="RESTRICT",
        ),
    )
    op.create_index(
        op.f("ix_audit_workspace_id_profile_id_at"), "audit", ["workspace_id", "profile_id", "at"]
    )
    op.create_index(op.f("ix_audit_workspace_id_at"), "audit", ["workspace_id", "at"])


def downgrade() -> None:
    # Dropping a table drops its indexes too; children first.
    for table in ("audit", "agent_teams", "agents", "teams", "sites", "profiles", "workspaces"):
        op.drop_table(table)
