"""Deleting a workspace on purpose: every row that belongs to it, its installations included."""

from __future__ import annotations

from sqlalchemy import Engine, delete

import storage.report_tables  # noqa: F401  (report_runs belong to the workspace too)
from storage.errors import store_failures_as_domain_errors
from storage.installation_tables import bots, enterprise_teams, installations
from storage.tables import Base, WorkspaceRow


def delete_workspace(engine: Engine, workspace_id: str) -> bool:
    """Delete the workspace and all it owns in one transaction; False if it did not exist."""
    with store_failures_as_domain_errors(), engine.begin() as connection:
        # Dependants first: every table with a workspace_id column, in reverse FK order.
        for table in reversed(Base.metadata.sorted_tables):
            if "workspace_id" in table.c:
                connection.execute(delete(table).where(table.c.workspace_id == workspace_id))
        for table in (installations, bots):
            connection.execute(delete(table).where(table.c.team_id == workspace_id))
        connection.execute(
            delete(enterprise_teams).where(enterprise_teams.c.team_id == workspace_id)
        )
        gone = connection.execute(delete(WorkspaceRow).where(WorkspaceRow.id == workspace_id))
        return bool(gone.rowcount)
