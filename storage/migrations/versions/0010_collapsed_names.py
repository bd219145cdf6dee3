"""Names that differ only in white space are one name; name keys with room to grow.

Every profile, site, team and agent gets its name with each run of white space (spaces,
tabs, no-break spaces) as one space and trimmed, and its `name_key` recomputed from it
(NFC, white space collapsed, casefolded) — profiles had kept doubled spaces until now.
The name keys of sites, teams and agents widen from 80 to 255 characters: casefolding
lengthens a name up to threefold (ß → ss), which PostgreSQL refused.

When two existing rows of one workspace become the same name (say "Sales Day" and
"Sales  Day"), both are kept: the row that already has the collapsed key (or, failing
that, the lowest id) gets it, the other keeps its name and key exactly as they were, so
nothing is lost, no reference breaks and the upgrade never fails; it logs a warning
naming both rows so an administrator can rename or delete one. Until then a lookup by
the name finds the row holding the key.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger("mmbot.migrations")

# Frozen copies as they are at this revision; never import the models or the domain.
OLD_KEY = sa.String(length=80)
NEW_KEY = sa.String(length=255)
ORG_TABLES = ("sites", "teams", "agents")
NAMED_TABLES = ("profiles", *ORG_TABLES)


def _collapsed(name: str) -> str:
    return " ".join(name.split())


def _name_key(name: str) -> str:
    collapsed = " ".join(unicodedata.normalize("NFC", name).split())
    return unicodedata.normalize("NFC", collapsed.casefold())


def upgrade() -> None:
    for table in ORG_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column("name_key", existing_type=OLD_KEY, type_=NEW_KEY)
    connection = op.get_bind()
    for table in NAMED_TABLES:
        _collapse_names(connection, table)


def _collapse_names(connection: sa.Connection, table: str) -> None:
    rows = sa.table(
        table, sa.column("id"), sa.column("workspace_id"), sa.column("name"), sa.column("name_key")
    )
    stored = connection.execute(
        sa.select(rows.c.id, rows.c.workspace_id, rows.c.name, rows.c.name_key).order_by(rows.c.id)
    ).all()
    owner = {(workspace, key): row_id for row_id, workspace, _, key in stored}
    for row_id, workspace, name, old_key in stored:
        name_now, key = _collapsed(name), _name_key(name)
        if (name_now, key) == (name, old_key):
            continue
        holder = owner.get((workspace, key))
        if holder is not None and holder != row_id:
            logger.warning(
                "%s %r (id %s) and id %s of workspace %s are the same name once white space "
                "is collapsed; both kept, id %s unchanged: rename or delete one of them",
                table[:-1],
                name,
                row_id,
                holder,
                workspace,
                row_id,
            )
            continue
        owner.pop((workspace, old_key), None)
        owner[(workspace, key)] = row_id
        connection.execute(
            rows.update().where(rows.c.id == row_id).values(name=name_now, name_key=key)
        )


def downgrade() -> None:
    # Collapsed names stay collapsed (the old code reads them as they are); keys that grew
    # past 80 characters would not fit back, so this fails on PostgreSQL while any exists.
    for table in ORG_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column("name_key", existing_type=NEW_KEY, type_=OLD_KEY)
