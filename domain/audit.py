"""The audit trail: one record per successful change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class Actor(BaseModel):
    """Who made a change: a Slack user (`slack`) or a local CLI user (`cli`)."""

    model_config = ConfigDict(frozen=True)

    kind: str
    id: str
    name: str

    @property
    def label(self) -> str:
        return self.name if self.kind == "cli" else f"<@{self.id}>"

    @property
    def audit_name(self) -> str:
        return f"{self.kind}:{self.name}"


class AuditRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int | None = None
    at: datetime
    actor: str
    action: str
    object_type: str
    object_name: str
    profile_id: int | None = None
    object_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
