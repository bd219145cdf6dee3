"""Writing the audit trail: one record per successful change."""

from __future__ import annotations

from typing import Any

from domain.audit import Actor, AuditRecord
from domain.clock import utc_now
from domain.ports import UnitOfWork


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    object_type: str,
    object_name: str,
    *,
    profile_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditRecord:
    """Add one audit record to the unit of work (it is written only if the change commits)."""
    entry = AuditRecord(
        at=utc_now(),
        actor=actor,
        action=action,
        object_type=object_type,
        object_name=object_name,
        profile_id=profile_id,
        before=before,
        after=after,
    )
    uow.audit.add(entry)
    return entry
