"""Scheduler heartbeats: one row per `mmbot serve` instance, overwritten on every beat."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.engine import WRITE_OPTION
from storage.errors import store_failures_as_domain_errors
from storage.report_tables import SchedulerHeartbeatRow


class SqlHeartbeats:
    """Heartbeats on one engine; every call is its own short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def beat(self, instance: str, *, at: datetime, runner: str) -> None:
        """Insert or overwrite the instance's heartbeat."""
        dialect = self.engine.dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(SchedulerHeartbeatRow).values(
            instance_id=instance, beat_at=at, runner=runner
        )
        statement = statement.on_conflict_do_update(
            index_elements=["instance_id"], set_={"beat_at": at, "runner": runner}
        )
        with store_failures_as_domain_errors(), Session(bind=self.engine) as session:
            session.execute(statement)
            session.commit()

    def last_beat(self, instance: str) -> datetime | None:
        """The instance's latest heartbeat, if it ever beat."""
        query = select(SchedulerHeartbeatRow.beat_at).where(
            SchedulerHeartbeatRow.instance_id == instance
        )
        with (
            store_failures_as_domain_errors(),
            Session(bind=self.engine.execution_options(**{WRITE_OPTION: False})) as session,
        ):
            return session.scalar(query)
