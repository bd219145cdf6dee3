"""Report runs of one workspace: the claim is an insert that at most one transaction wins.

Every change after the claim is a compare-and-set on the claim's token, so a process
whose claim was taken over can no longer renew, release or finish the run.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Update, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from domain.report_runs import ReportRun, RunOutcome
from storage.report_tables import ReportRunRow
from storage.repositories._base import Repository


class SqlReportRunRepository(Repository):
    def claim(
        self, scheduled_for: datetime, *, by: str, token: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Insert the run unless it exists; True only for the transaction whose insert created it."""
        insert = (
            postgresql.insert(ReportRunRow)
            if self.session.get_bind().dialect.name == "postgresql"
            else sqlite.insert(ReportRunRow)
        )
        statement = (
            insert.values(
                workspace_id=self.workspace_id,
                scheduled_for=scheduled_for,
                claimed_by=by,
                claim_token=token,
                claimed_at=at,
                lease_until=lease_until,
                attempts=1,
            )
            # A racing claim waits on the key, then inserts nothing: it lost.
            .on_conflict_do_nothing(index_elements=["workspace_id", "scheduled_for"])
            .returning(ReportRunRow.scheduled_for)
        )
        return self.session.execute(statement).scalar_one_or_none() is not None

    def take_over(
        self, scheduled_for: datetime, *, by: str, token: str, at: datetime, lease_until: datetime
    ) -> bool:
        """Compare-and-set on the expired lease, so exactly one caller takes a stalled run."""
        return self._changed(
            update(ReportRunRow)
            .where(
                self._run(scheduled_for),
                ReportRunRow.outcome.is_(None),
                ReportRunRow.lease_until <= at,
            )
            .values(
                claimed_by=by,
                claim_token=token,
                lease_until=lease_until,
                attempts=ReportRunRow.attempts + 1,
            )
        )

    def renew(self, scheduled_for: datetime, *, token: str, lease_until: datetime) -> bool:
        """Extend the lease while the token still holds the pending run."""
        return self._changed(
            update(ReportRunRow)
            .where(self._held(scheduled_for, token))
            .values(lease_until=lease_until)
        )

    def mark_posting(self, scheduled_for: datetime, *, token: str, at: datetime) -> bool:
        """Note a post may happen; the earliest note stays, for the history search's window."""
        return self._changed(
            update(ReportRunRow)
            .where(self._held(scheduled_for, token))
            .values(post_started_at=func.coalesce(ReportRunRow.post_started_at, at))
        )

    def latest(self) -> ReportRun | None:
        """The run with the latest scheduled time, if any."""
        row = self.session.scalars(
            select(ReportRunRow)
            .where(ReportRunRow.workspace_id == self.workspace_id)
            .order_by(ReportRunRow.scheduled_for.desc())
            .limit(1)
        ).first()
        return None if row is None else ReportRun.model_validate(row, from_attributes=True)

    def latest_posted(self) -> ReportRun | None:
        """The posted run with the latest scheduled time, if any."""
        row = self.session.scalars(
            select(ReportRunRow)
            .where(
                ReportRunRow.workspace_id == self.workspace_id,
                ReportRunRow.outcome == RunOutcome.POSTED.value,
            )
            .order_by(ReportRunRow.scheduled_for.desc())
            .limit(1)
        ).first()
        return None if row is None else ReportRun.model_validate(row, from_attributes=True)

    def finish(
        self,
        scheduled_for: datetime,
        *,
        token: str | None,
        outcome: RunOutcome,
        at: datetime,
        channel: str | None = None,
        message_ts: str | None = None,
        error: str | None = None,
        findings: tuple[int, int] | None = None,
    ) -> bool:
        """Record the outcome if the token holds the pending run. An earlier error is kept."""
        values: dict[str, object] = {
            "outcome": outcome.value,
            "finished_at": at,
            "channel": channel,
            "message_ts": message_ts,
        }
        if error is not None:
            values["last_error"] = error
        if findings is not None:
            values["inactive_count"], values["unassigned_count"] = findings
        return self._changed(
            update(ReportRunRow).where(self._held(scheduled_for, token)).values(values)
        )

    def release(
        self,
        scheduled_for: datetime,
        *,
        token: str,
        error: str,
        retry_at: datetime,
        nothing_sent: bool,
    ) -> bool:
        """Record a failed attempt and end the lease at `retry_at`."""
        values: dict[str, object] = {"last_error": error, "lease_until": retry_at}
        if nothing_sent:
            values["post_started_at"] = None
        return self._changed(
            update(ReportRunRow).where(self._held(scheduled_for, token)).values(values)
        )

    def _changed(self, statement: Update) -> bool:
        returning = statement.returning(ReportRunRow.scheduled_for)
        return self.session.execute(returning).scalar_one_or_none() is not None

    def _held(self, scheduled_for: datetime, token: str | None) -> ColumnElement[bool]:
        owner = (
            ReportRunRow.claim_token.is_(None)
            if token is None
            else ReportRunRow.claim_token == token
        )
        return self._run(scheduled_for) & ReportRunRow.outcome.is_(None) & owner

    def _run(self, scheduled_for: datetime) -> ColumnElement[bool]:
        return (ReportRunRow.workspace_id == self.workspace_id) & (
            ReportRunRow.scheduled_for == scheduled_for
        )
