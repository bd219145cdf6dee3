"""The scheduled report's runs and the schedulers' heartbeats, on the same metadata as the rest."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from domain import lengths
from storage.tables import Base
from storage.types import UtcDateTime


class ReportRunRow(Base):
    """One claimed (workspace, scheduled time); the primary key is what makes a claim exclusive."""

    __tablename__ = "report_runs"
    __table_args__ = (
        PrimaryKeyConstraint("workspace_id", "scheduled_for"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('posted', 'nothing_to_report', 'no_channel', 'failed')",
            name="outcome",
        ),
    )

    workspace_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    scheduled_for: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_by: Mapped[str] = mapped_column(String(255))
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lease_until: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    post_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    outcome: Mapped[str | None] = mapped_column(String(32))
    # The report channel it was posted to, as the settings hold it.
    channel: Mapped[str | None] = mapped_column(String(lengths.CHANNEL))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(String(500))
    inactive_count: Mapped[int | None] = mapped_column(Integer)
    unassigned_count: Mapped[int | None] = mapped_column(Integer)


class SchedulerHeartbeatRow(Base):
    """When the scheduler of one `mmbot serve` instance was last alive, for its /healthz."""

    __tablename__ = "scheduler_heartbeats"

    instance_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UtcDateTime)
    runner: Mapped[str] = mapped_column(String(255))
