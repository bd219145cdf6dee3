"""The SQL floor's work: `effective`, `show`, `usage` and `list` each answered by ONE
hand-written SQL query on a bare DB-API connection, with a plain text reply.

It answers the same questions as mmbot on the same schema (the multimedia switch, the
own ▸ team ▸ site rule, the agents a profile reaches), so mmbot ÷ this floor is the cost of
mmbot's layers: parsing, the unit of work, the ORM, the domain models and Block Kit.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from domain.paging import PAGE_SIZE
from domain.profiles import DEFAULT_PROFILE_NAME


class Connection(Protocol):
    def cursor(self) -> Any: ...

    def close(self) -> None: ...


EFFECTIVE = f"""
SELECT a.name, t.name,
       CASE WHEN w.multimedia_enabled THEN p.name ELSE '{DEFAULT_PROFILE_NAME}' END,
       CASE WHEN NOT w.multimedia_enabled THEN 'multimedia is off'
            WHEN a.profile_id IS NOT NULL THEN 'own'
            WHEN t.profile_id IS NOT NULL THEN 'from team ' || t.name
            ELSE 'from site ' || s.name END
FROM agents a
JOIN workspaces w ON w.id = a.workspace_id
JOIN agent_teams x ON x.agent_id = a.id
JOIN teams t ON t.id = x.team_id
JOIN sites s ON s.id = t.site_id
JOIN profiles p ON p.id = COALESCE(a.profile_id, t.profile_id, s.profile_id)
WHERE a.workspace_id = :w AND a.name_key = :k
ORDER BY t.name_key
"""

SHOW = """
SELECT name, type, voice, chat, email, social, active, system, description,
       created_at, created_by, updated_at, updated_by, version
FROM profiles WHERE workspace_id = :w AND name_key = :k
"""

# mmbot's `list` and `usage` answer one page (domain.paging.PAGE_SIZE) and the total.
LIST = f"""
SELECT name, type, voice, chat, email, social, system, COUNT(*) OVER ()
FROM profiles WHERE workspace_id = :w AND active ORDER BY name_key LIMIT {PAGE_SIZE}
"""

# Direct referrers in (rank, name) order, the count of agents reached and the first page of
# their names, in one query.
USAGE = f"""
WITH target AS (SELECT id, name FROM profiles WHERE workspace_id = :w AND name_key = :k),
reached AS (
    SELECT x.agent_id FROM agents a JOIN agent_teams x ON x.agent_id = a.id
    WHERE a.profile_id = (SELECT id FROM target)
  UNION
    SELECT x.agent_id FROM teams t JOIN agent_teams x ON x.team_id = t.id
    WHERE t.profile_id = (SELECT id FROM target) AND x.agent_profile_id IS NULL
  UNION
    SELECT x.agent_id FROM teams t JOIN agent_teams x ON x.team_id = t.id
    WHERE t.profile_id IS NULL
      AND t.site_id IN (SELECT id FROM sites WHERE profile_id = (SELECT id FROM target))
      AND x.agent_profile_id IS NULL
)
SELECT 0, 'profile', name, '' FROM target
UNION ALL SELECT 1, 'site', name, name_key FROM sites
    WHERE workspace_id = :w AND profile_id = (SELECT id FROM target)
UNION ALL SELECT 2, 'team', name, name_key FROM teams
    WHERE workspace_id = :w AND profile_id = (SELECT id FROM target)
UNION ALL SELECT 3, 'agent', name, name_key FROM agents
    WHERE workspace_id = :w AND profile_id = (SELECT id FROM target)
UNION ALL SELECT 4, 'reached', CAST(COUNT(*) AS TEXT), '' FROM reached
UNION ALL SELECT 5, 'page', name, name_key FROM (
    SELECT name, name_key FROM agents WHERE id IN (SELECT agent_id FROM reached)
    ORDER BY name_key LIMIT {PAGE_SIZE}) AS first_page
ORDER BY 1, 4
"""

SHOWN = 20


def _key(argument: str) -> str:
    return argument.strip().strip('"').strip().casefold()


def _effective(rows: Sequence[Sequence[Any]], name: str) -> str:
    if not rows:
        return f"no agent {name} (or no team)"
    lines = [f"{rows[0][0]}: {len(rows)} team(s)"]
    lines += [f"{team} | {profile} | {source}" for _, team, profile, source in rows]
    return "\n".join(lines)


def _show(rows: Sequence[Sequence[Any]], name: str) -> str:
    if not rows:
        return f"no profile {name}"
    (n, kind, voice, chat, email, social, active, system, description, *stamps) = rows[0]
    created_at, created_by, updated_at, updated_by, version = stamps
    return (
        f"{n}\ntype {kind}\nvoice {voice}, chat {chat}, email {email}, social {social}\n"
        f"{'active' if active else 'inactive'}{', system' if system else ''}\n"
        f"{description or '—'}\ncreated {created_at} by {created_by}\n"
        f"updated {updated_at} by {updated_by}, version {version}"
    )


def _list(rows: Sequence[Sequence[Any]], _: str) -> str:
    lines = [f"{rows[0][-1] if rows else 0} active profiles"]
    lines += [
        f"{n} | {kind} | {voice} | {chat} | {email} | {social} | active{', system' if s else ''}"
        for n, kind, voice, chat, email, social, s, _total in rows
    ]
    return "\n".join(lines)


def _usage(rows: Sequence[Sequence[Any]], name: str) -> str:
    if not rows or rows[0][1] != "profile":
        return f"no profile {name}"
    names: dict[str, list[str]] = {"site": [], "team": [], "agent": []}
    page: list[str] = []
    reached = "0"
    for _, kind, value, _key in rows[1:]:
        if kind == "reached":
            reached = value
        elif kind == "page":
            page.append(value)
        else:
            names[kind].append(value)
    direct = sum(len(found) for found in names.values())
    lines = [f"{rows[0][2]}: {direct} direct references, reaches {reached} agents"]
    for kind, found in names.items():
        more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
        lines.append(f"{kind}s ({len(found)}): {', '.join(found[:SHOWN]) or '—'}{more}")
    return "\n".join([*lines, *page])


_COMMANDS: dict[str, tuple[str, Callable[[Sequence[Sequence[Any]], str], str]]] = {
    "effective": (EFFECTIVE, _effective),
    "show": (SHOW, _show),
    "usage": (USAGE, _usage),
    "list": (LIST, _list),
}
VERBS = tuple(_COMMANDS)


class SqlAnswers:
    """Answers the four read commands on one DB-API connection (one query each)."""

    def __init__(self, connection: Connection, *, pyformat: bool) -> None:
        self._connection = connection
        # psycopg takes %(name)s, sqlite3 takes :name; the SQL is written once.
        convert = (lambda sql: re.sub(r":(\w+)", r"%(\1)s", sql)) if pyformat else str
        self._sql = {verb: convert(sql) for verb, (sql, _) in _COMMANDS.items()}

    def answer(self, workspace_id: str, text: str) -> str:
        """The plain text answer to one command text, e.g. 'effective "Agent 000001"'."""
        verb, _, argument = text.strip().partition(" ")
        verb = verb.lower()
        if verb not in _COMMANDS:
            return f"unknown command {verb}"
        cursor = self._connection.cursor()
        try:
            cursor.execute(self._sql[verb], {"w": workspace_id, "k": _key(argument)})
            rows = cursor.fetchall()
        finally:
            cursor.close()
        return _COMMANDS[verb][1](rows, argument.strip().strip('"'))


def connect(database_url: str) -> tuple[Connection, bool]:
    """A bare autocommit DB-API connection to mmbot's database URL, and whether it is psycopg."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(
            url.database or "", isolation_level=None, check_same_thread=False
        )
        return connection, False
    import psycopg

    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(libpq, autocommit=True), True
