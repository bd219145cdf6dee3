"""What a form keeps in `private_metadata` between opening and submission, typed."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.profiles import ProfileType


class FormMetadata(BaseModel):
    """`opened_at` lets a repeated delivery of the same submission be recognised; the rest
    says what the form is about."""

    model_config = ConfigDict(frozen=True)

    opened_at: float = Field(default_factory=lambda: round(time.time(), 3))
    shown_type: ProfileType | None = None
    profile: str | None = None
    version: int | None = None
    plan: str | None = None

    def dump(self) -> str:
        """Compact JSON for `private_metadata`."""
        return self.model_dump_json(exclude_none=True)

    @classmethod
    def of(cls, view: Mapping[str, Any]) -> FormMetadata:
        """The metadata of a submitted view; a fresh one when it holds none of ours."""
        raw = view.get("private_metadata") or ""
        try:
            return cls.model_validate_json(raw) if raw else cls()
        except ValidationError:
            return cls()
