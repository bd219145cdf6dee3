"""Loading a large organisation in a few set-based statements (benchmarks, imports of scale).

Nothing here is audited or validated: callers pass data that the domain already accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select, text

from domain.audit import Actor, AuditRecord
from domain.org import TeamKind
from domain.profiles import ProfileSpec
from storage.engine import WRITE_OPTION
from storage.repositories._base import membership, name_key, org_name_columns
from storage.repositories.audit import audit_row
from storage.tables import AgentRow, AgentTeamRow, AuditRow, ProfileRow, SiteRow, TeamRow

# Rows per INSERT statement: large enough to amortise round trips, small enough for SQLite.
CHUNK = 5_000


@dataclass(frozen=True)
class BulkProfile:
    spec: ProfileSpec
    active: bool


@dataclass(frozen=True)
class BulkSite:
    name: str
    profile: int  # index into the profiles given (-1: the workspace's default profile)


@dataclass(frozen=True)
class BulkTeam:
    name: str
    site: int  # index into the sites given
    kind: TeamKind
    profile: int | None


@dataclass(frozen=True)
class BulkAgent:
    name: str
    email: str | None
    profile: int | None
    teams: tuple[int, ...]  # indexes into the teams given


@dataclass(frozen=True)
class BulkOrg:
    """A whole organisation; every reference is an index into the list it names."""

    profiles: Sequence[BulkProfile]
    sites: Sequence[BulkSite]
    teams: Sequence[BulkTeam]
    agents: Sequence[BulkAgent]


def load_org(
    engine: Engine, workspace_id: str, org: BulkOrg, *, actor: Actor, at: datetime
) -> None:
    """Insert `org` into an existing workspace in one transaction."""
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        _allow_long_statements(connection)
        default_id = connection.scalar(
            select(ProfileRow.id).where(
                ProfileRow.workspace_id == workspace_id, ProfileRow.system.is_(True)
            )
        )
        if default_id is None:
            raise LookupError(f"workspace {workspace_id} has no default profile yet")
        profile_ids = _insert(connection, ProfileRow, _profile_rows(workspace_id, org, actor, at))
        _analyze(connection, ProfileRow)
        profile_ids.append(default_id)  # index -1 is the default profile

        def profile_id(index: int | None) -> int | None:
            return None if index is None else profile_ids[index]

        site_ids = _insert_plain(
            connection,
            SiteRow,
            [
                {**_org_named(workspace_id, site.name), "profile_id": profile_id(site.profile)}
                for site in org.sites
            ],
        )
        team_ids = _insert_plain(
            connection,
            TeamRow,
            [
                {
                    **_org_named(workspace_id, team.name),
                    "site_id": site_ids[team.site],
                    "kind": team.kind.value,
                    "profile_id": profile_id(team.profile),
                }
                for team in org.teams
            ],
        )
        agent_ids = _insert_plain(
            connection,
            AgentRow,
            [
                {
                    **_org_named(workspace_id, agent.name),
                    "email": agent.email,
                    "slack_user": None,
                    "profile_id": profile_id(agent.profile),
                }
                for agent in org.agents
            ],
        )
        memberships = [
            membership(workspace_id, agent_id, team_ids[team], profile_id(agent.profile))
            for agent_id, agent in zip(agent_ids, org.agents, strict=True)
            for team in dict.fromkeys(agent.teams)
        ]
        if connection.dialect.name == "postgresql":
            _copy(connection, AgentTeamRow.__tablename__, memberships)
        else:
            for start in range(0, len(memberships), CHUNK):
                connection.execute(insert(AgentTeamRow), memberships[start : start + CHUNK])
    refresh_planner_statistics(engine)


def load_audit(engine: Engine, workspace_id: str, records: Sequence[AuditRecord]) -> None:
    """Append many audit records to a workspace's trail in one transaction."""
    rows = [audit_row(workspace_id, record) for record in records]
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(AuditRow), rows[start : start + CHUNK])


def _allow_long_statements(connection: Connection) -> None:
    """Lift PostgreSQL's statement timeout for this transaction: a bulk load is one long
    statement per table by design. The lock timeout still holds."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")


def refresh_planner_statistics(engine: Engine) -> None:
    """ANALYZE, so the planner knows the tables' new sizes at once.

    Until autovacuum gets round to it, PostgreSQL plans queries on tables that grew by
    100,000 rows as if they were empty: the effective-profile lookup took 3.2 ms instead
    of 0.8 ms right after a bulk load. There it is VACUUM (ANALYZE) of the loaded tables:
    until a vacuum has marked their pages all-visible, index-only scans visit the table
    anyway, and the first read of each new row writes its hint bits (the first `usage` of
    the default profile took 196 ms, the next ones 11 ms at the median).
    """
    if engine.dialect.name != "postgresql":
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        return
    quote = engine.dialect.identifier_preparer.quote
    tables = ", ".join(quote(table.__tablename__) for table in _LOADED_TABLES)
    # VACUUM runs outside a transaction; the session's statement timeout is lifted for it.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("SET statement_timeout = 0")
        try:
            connection.exec_driver_sql(f"VACUUM (ANALYZE) {tables}")
        finally:
            connection.exec_driver_sql("RESET statement_timeout")


_LOADED_TABLES = (ProfileRow, SiteRow, TeamRow, AgentRow, AgentTeamRow)


def _named(workspace_id: str, name: str) -> dict[str, object]:
    return {"workspace_id": workspace_id, "name": name, "name_key": name_key(name)}


def _org_named(workspace_id: str, name: str) -> dict[str, object]:
    return {"workspace_id": workspace_id, **org_name_columns(name)}


def _profile_rows(
    workspace_id: str, org: BulkOrg, actor: Actor, at: datetime
) -> list[dict[str, object]]:
    stamps = {
        "created_at": at,
        "created_by": actor,
        "updated_at": at,
        "updated_by": actor,
        "status_changed_at": at,
        "status_changed_by": actor,
    }
    return [
        {
            **_named(workspace_id, profile.spec.name),
            "description": profile.spec.description,
            "type": profile.spec.type.value,
            "voice": profile.spec.voice,
            "chat": profile.spec.chat,
            "email": profile.spec.email,
            "social": profile.spec.social,
            "active": profile.active,
            "system": False,
            "version": 1,
            **stamps,
        }
        for profile in org.profiles
    ]


def _insert(
    connection: Connection,
    table: type[ProfileRow | SiteRow | TeamRow | AgentRow],
    rows: Sequence[dict[str, object]],
) -> list[int]:
    """Insert rows in chunks; their new ids, in the order given."""
    ids: list[int] = []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)
    for start in range(0, len(rows), CHUNK):
        ids.extend(connection.scalars(statement, rows[start : start + CHUNK]))
    return ids


def _insert_plain(
    connection: Connection,
    table: type[SiteRow | TeamRow | AgentRow],
    rows: Sequence[dict[str, object]],
) -> list[int]:
    """Insert rows whose columns need no type processing; their new ids, in the order given.

    On PostgreSQL the ids are taken from the table's sequence first and the rows sent with
    COPY: a multi-row INSERT of 5,000 rows is a statement of 30,000 placeholders that the
    driver parses on every chunk, and it made a 100,000-agent workspace take over a minute.
    """
    if connection.dialect.name != "postgresql" or not rows:
        return _insert(connection, table, rows)
    name = table.__tablename__
    ids = list(
        connection.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": name, "n": len(rows)},
        )
    )
    _copy(connection, name, [{"id": id_, **row} for id_, row in zip(ids, rows, strict=True)])
    _analyze(connection, table)
    return ids


def _analyze(
    connection: Connection, table: type[ProfileRow | SiteRow | TeamRow | AgentRow]
) -> None:
    """On PostgreSQL, fresh statistics of a table just loaded, inside the loading transaction.

    The foreign-key checks of the next table's rows are planned on them: left at "empty",
    each of 130,000 memberships scanned all 5,000 teams (114 s instead of 6 s).
    """
    if connection.dialect.name == "postgresql":
        quoted = connection.dialect.identifier_preparer.quote(table.__tablename__)
        connection.exec_driver_sql(f"ANALYZE {quoted}")


def _copy(connection: Connection, table_name: str, rows: Sequence[dict[str, object]]) -> None:
    """PostgreSQL's COPY FROM STDIN of rows that all have the same keys, in this transaction."""
    if not rows:
        return
    quote = connection.dialect.identifier_preparer.quote
    columns = list(rows[0])
    statement = f"COPY {quote(table_name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection inside begin()
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([row[column] for column in columns])
