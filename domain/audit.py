"""The audit trail: one record per successful change, and who made it."""

from __future__ import annotations

import json
import re
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

_LEGACY_SLACK = re.compile(r"<@([UW][A-Z0-9]+)>")


class ActorKind(StrEnum):
    SLACK = "slack"
    CLI = "cli"
    SYSTEM = "system"


class Actor(BaseModel):
    """Who made a change: a Slack user, a local CLI user, or mmbot itself.

    Stored as a small JSON object, so a CLI name can never be read back as a Slack user.
    """

    model_config = ConfigDict(frozen=True)

    kind: ActorKind
    id: str
    name: str

    @model_validator(mode="before")
    @classmethod
    def _from_stored(cls, value: Any) -> Any:
        return cls.parse_stored(value) if isinstance(value, str) else value

    @staticmethod
    def parse_stored(stored: str) -> dict[str, str]:
        """The fields of a stored actor (older rows held `<@U…>` or a plain CLI name)."""
        if stored.startswith("{"):
            data = json.loads(stored)
            return {"kind": data["k"], "id": data["i"], "name": data["n"]}
        if match := _LEGACY_SLACK.fullmatch(stored):
            return {"kind": ActorKind.SLACK, "id": match.group(1), "name": match.group(1)}
        kind = ActorKind.SYSTEM if stored == ActorKind.SYSTEM else ActorKind.CLI
        return {"kind": kind, "id": stored, "name": stored}

    @property
    def stored(self) -> str:
        """The form kept in the database."""
        return json.dumps(
            {"k": self.kind.value, "i": self.id, "n": self.name},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def same_person(self, other: Actor) -> bool:
        """True for the same kind and id, whatever the display name was then."""
        return (self.kind, self.id) == (other.kind, other.id)


SYSTEM_ACTOR = Actor(kind=ActorKind.SYSTEM, id="mmbot", name="mmbot")


class AuditRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int | None = None
    at: datetime
    actor: Actor
    action: str
    object_type: str
    object_name: str
    profile_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
