"""Bulk writes for imports: thousands of agents and audit records in a few statements."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, insert

from domain.audit import AuditRecord
from domain.transfer.ports import NewAgent
from storage.repositories._base import Repository, membership, org_name_columns
from storage.repositories.audit import audit_row
from storage.tables import AgentRow, AgentTeamRow, AuditRow


def _table(model: type[AgentRow | AgentTeamRow | AuditRow]) -> Table:
    return model.metadata.tables[model.__tablename__]


class SqlBulkWriter(Repository):
    def add_agents(self, agents: Sequence[NewAgent]) -> None:
        """Insert agents and their team memberships: one multi-row INSERT for each table."""
        if not agents:
            return
        rows = [
            {
                "workspace_id": self.workspace_id,
                **org_name_columns(agent.name),
                "email": agent.email,
                "slack_user": agent.slack_user,
                "profile_id": agent.profile_id,
            }
            for agent in agents
        ]
        # Core statements on the session's connection: the ORM's bulk path inserts row by row here.
        connection = self.session.connection()
        table = _table(AgentRow)
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = connection.execute(statement, rows).scalars().all()
        memberships = [
            membership(self.workspace_id, agent_id, team_id, agent.profile_id)
            for agent_id, agent in zip(ids, agents, strict=True)
            for team_id in dict.fromkeys(agent.team_ids)
        ]
        if memberships:
            connection.execute(insert(_table(AgentTeamRow)), memberships)

    def add_audit(self, records: Sequence[AuditRecord]) -> None:
        """Append several records to this workspace's trail in one statement."""
        if records:
            rows = [audit_row(self.workspace_id, record) for record in records]
            self.session.connection().execute(insert(_table(AuditRow)), rows)
