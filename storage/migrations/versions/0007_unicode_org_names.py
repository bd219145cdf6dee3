"""Unicode names for sites, teams and agents; audit records that follow renames and deletions.

Sites, teams and agents get a `search_key` (accents dropped, casefolded) for suggestions,
and their `name_key` is recomputed as NFC, casefolded, white space collapsed (SPEC §1).
Audit records get the id and the name key of the object they are about.

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies as they are at this revision; never import the models or the domain.
KEY = sa.String(length=255)
ORG_TABLES = ("sites", "teams", "agents")


def _name_key(name: str) -> str:
    collapsed = " ".join(unicodedata.normalize("NFC", name).split())
    return unicodedata.normalize("NFC", collapsed.casefold())


def _search_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _name_key(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def upgrade() -> None:
    connection = op.get_bind()
    for table in ORG_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("search_key", KEY, nullable=True))
        rows = sa.table(
            table,
            sa.column("id"),
            sa.column("workspace_id"),
            sa.column("name"),
            sa.column("name_key"),
            sa.column("search_key"),
        )
        columns = (rows.c.id, rows.c.workspace_id, rows.c.name, rows.c.name_key)
        stored = connection.execute(sa.select(*columns).order_by(rows.c.id)).all()
        taken = {(workspace, key) for _, workspace, _, key in stored}
        for row_id, workspace, name, old_key in stored:
            key = _name_key(name)
            if key != old_key and (workspace, key) in taken:
                # Two names that only differed in spacing or normal form: this one keeps its
                # old key so the upgrade never fails. It is still listed; lookups by name find
                # the other one until an administrator renames it.
                key = old_key
            taken.add((workspace, key))
            connection.execute(
                rows.update()
                .where(rows.c.id == row_id)
                .values(name_key=key, search_key=_search_key(name))
            )
        with op.batch_alter_table(table) as batch:
            batch.alter_column("search_key", existing_type=KEY, nullable=False)
            batch.create_index(
                op.f(f"ix_{table}_workspace_id_search_key"), ["workspace_id", "search_key"]
            )
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("object_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("object_key", KEY, nullable=True))
    audit = sa.table(
        "audit",
        sa.column("id"),
        sa.column("object_name"),
        sa.column("object_type"),
        sa.column("object_key"),
        sa.column("object_id"),
        sa.column("workspace_id"),
    )
    keys: dict[str, list[int]] = {}
    for record_id, name in connection.execute(sa.select(audit.c.id, audit.c.object_name)).all():
        keys.setdefault(_name_key(name), []).append(record_id)
    for key, ids in keys.items():
        connection.execute(audit.update().where(audit.c.id.in_(ids)).values(object_key=key))
    for kind, table in (("site", "sites"), ("team", "teams"), ("agent", "agents")):
        named = sa.table(table, sa.column("id"), sa.column("workspace_id"), sa.column("name_key"))
        same = (
            sa.select(named.c.id)
            .where(named.c.workspace_id == audit.c.workspace_id)
            .where(named.c.name_key == audit.c.object_key)
            .scalar_subquery()
        )
        connection.execute(audit.update().where(audit.c.object_type == kind).values(object_id=same))
    with op.batch_alter_table("audit") as batch:
        batch.create_index(
            op.f("ix_audit_workspace_id_object_type_object_id"),
            ["workspace_id", "object_type", "object_id"],
        )
        batch.create_index(
            op.f("ix_audit_workspace_id_object_type_object_key"),
            ["workspace_id", "object_type", "object_key"],
        )


def downgrade() -> None:
    with op.batch_alter_table("audit") as batch:
        batch.drop_index(op.f("ix_audit_workspace_id_object_type_object_key"))
        batch.drop_index(op.f("ix_audit_workspace_id_object_type_object_id"))
        batch.drop_column("object_key")
        batch.drop_column("object_id")
    for table in ORG_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_workspace_id_search_key"))
            batch.drop_column("search_key")
