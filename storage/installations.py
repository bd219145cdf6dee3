"""Bot tokens of installed workspaces, read and replaced under a per-installation lock.

The rows are the ones slack_sdk's installation store writes (storage/installation_tables.py).
A refresh must happen once even when several processes find the same token expiring,
so it runs inside `locked()`: a PostgreSQL advisory lock, or SQLite's write lock, taken
first; the row is read again after the lock is held and replaced on the same connection.
On SQLite that lock is the database's write lock, so other writers wait for the one
refresh call (seconds at most, once every few hours per workspace).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    and_,
    delete,
    desc,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from domain.installations import InstallKey, StoredToken
from storage.engine import WRITE_OPTION
from storage.errors import store_failures_as_domain_errors
from storage.installation_tables import bots, enterprise_teams, installations, oauth_states


class SqlLockedToken:
    """The token as read after the lock was taken, and the way to replace it (domain LockedToken)."""

    def __init__(self, connection: Connection, client_id: str, current: StoredToken | None) -> None:
        self._connection = connection
        self._client_id = client_id
        self.current = current

    def replace(
        self, old: StoredToken, token: str, refresh_token: str | None, expires_at: datetime | None
    ) -> None:
        """Every stored row that carries the old token gets the new one."""
        values = {
            "bot_token": token,
            "bot_refresh_token": refresh_token,
            "bot_token_expires_at": _naive(expires_at),
        }
        for table in (installations, bots):
            self._connection.execute(
                update(table)
                .where(
                    and_(
                        table.c.client_id == self._client_id,
                        _matches(table, old.key),
                        table.c.bot_token == old.token,
                    )
                )
                .values(**values)
            )


class InstallationRecords:
    """The installations of one Slack app (client id) in mmbot's database (domain TokenRecords)."""

    def __init__(self, engine: Engine, client_id: str) -> None:
        self.engine = engine
        self.client_id = client_id

    def key_for(self, workspace_id: str) -> InstallKey | None:
        """The installation that serves `workspace_id`: its own, else its organization's."""
        with store_failures_as_domain_errors(), self._reading() as connection:
            own = self._latest(connection, InstallKey(None, workspace_id), any_enterprise=True)
            if own is not None:
                return own.key
            enterprise = connection.scalar(
                select(enterprise_teams.c.enterprise_id).where(
                    enterprise_teams.c.team_id == workspace_id
                )
            )
            if enterprise is None:
                return None
            org = InstallKey(enterprise, None)
            return org if self._latest(connection, org) else None

    def token(self, key: InstallKey) -> StoredToken | None:
        """The latest bot token of `key`, read without any lock."""
        with store_failures_as_domain_errors(), self._reading() as connection:
            return self._latest(connection, key)

    @contextmanager
    def locked(self, key: InstallKey) -> Iterator[SqlLockedToken]:
        """Hold the installation's lock; yields the token as stored once the lock is held."""
        with store_failures_as_domain_errors(), self.engine.connect() as raw:
            connection = raw.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Per schema, so separate test schemas (or tenants) never wait on each other.
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || :name))"),
                        {"name": key.lock_name},
                    )
                # SQLite: BEGIN IMMEDIATE (the engine's begin hook) is the lock.
                yield SqlLockedToken(connection, self.client_id, self._latest(connection, key))

    def link_enterprise(self, team_id: str, enterprise_id: str) -> None:
        """Remember that `team_id` belongs to the organization `enterprise_id`."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(enterprise_teams)
            .values(team_id=team_id, enterprise_id=enterprise_id)
            .on_conflict_do_update(
                index_elements=["team_id"], set_={"enterprise_id": enterprise_id}
            )
        )
        with store_failures_as_domain_errors(), self.engine.begin() as connection:
            connection.execute(statement)

    def remove(self, key: InstallKey) -> int:
        """Delete every installation and bot row of `key`; how many installation rows went."""
        with store_failures_as_domain_errors(), self.engine.begin() as connection:
            gone = connection.execute(
                delete(installations).where(
                    and_(installations.c.client_id == self.client_id, _matches(installations, key))
                )
            ).rowcount
            connection.execute(
                delete(bots).where(and_(bots.c.client_id == self.client_id, _matches(bots, key)))
            )
            return int(gone or 0)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as raw:
            connection = raw.execution_options(**{WRITE_OPTION: False})
            with connection.begin():
                yield connection

    def _latest(
        self, connection: Connection, key: InstallKey, *, any_enterprise: bool = False
    ) -> StoredToken | None:
        c = installations.c
        where = [c.client_id == self.client_id, c.bot_token.is_not(None)]
        if any_enterprise:
            where.append(c.team_id == key.team_id)
        else:
            where.append(_matches(installations, key))
        row = connection.execute(
            select(
                c.enterprise_id,
                c.team_id,
                c.bot_token,
                c.bot_refresh_token,
                c.bot_token_expires_at,
                c.is_enterprise_install,
            )
            .where(and_(*where))
            .order_by(desc(c.installed_at), desc(c.id))
            .limit(1)
        ).first()
        if row is None:
            return None
        return StoredToken(
            key=InstallKey(row.enterprise_id, row.team_id),
            token=row.bot_token,
            refresh_token=row.bot_refresh_token,
            expires_at=_aware(row.bot_token_expires_at),
            is_enterprise_install=bool(row.is_enterprise_install),
        )


def purge_expired_states(engine: Engine, now: datetime) -> int:
    """Delete OAuth states that expired before `now`; how many went."""
    with store_failures_as_domain_errors(), engine.begin() as connection:
        result = connection.execute(
            delete(oauth_states).where(oauth_states.c.expire_at < _naive(now))
        )
        return int(result.rowcount or 0)


def _matches(table: Table, key: InstallKey) -> ColumnElement[bool]:
    columns = table.c
    return and_(
        columns.enterprise_id.is_(None)
        if key.enterprise_id is None
        else columns.enterprise_id == key.enterprise_id,
        columns.team_id.is_(None) if key.team_id is None else columns.team_id == key.team_id,
    )


def _naive(moment: datetime | None) -> datetime | None:
    # slack_sdk's columns are naive DateTime holding UTC (its normalize_datetime_for_db).
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None)


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)
