"""Models built from stored rows without validation equal the validated ones, field for field."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from domain.audit import Actor
from domain.org import Agent, EffectiveProfile, ProfileSource
from domain.profiles import Profile, ProfileType
from domain.workspace import Workspace
from storage.rows import trusted

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
OPS = Actor(kind="cli", id="ops", name="ops")
PROFILE: dict[str, Any] = {
    "name": "Chat heavy",
    "description": "",
    "type": ProfileType.BLENDED,
    "voice": 0,
    "chat": 5,
    "email": 1,
    "social": 0,
    "id": 7,
    "active": True,
    "system": False,
    "version": 3,
    "created_at": NOW,
    "created_by": OPS,
    "updated_at": NOW,
    "updated_by": OPS,
    "status_changed_at": NOW,
    "status_changed_by": OPS,
}
CASES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Profile, PROFILE),
    (
        Agent,
        {
            "id": 1,
            "name": "Ann",
            "email": None,
            "slack_user": "U1",
            "profile_id": None,
            "profile_name": None,
            "teams": ("North",),
        },
    ),
    (
        EffectiveProfile,
        {
            "agent": "Ann",
            "team": "North",
            "profile_id": 7,
            "profile_name": "Chat heavy",
            "source": ProfileSource.TEAM,
            "source_name": "North",
        },
    ),
    (
        Workspace,
        {
            "id": "T1",
            "multimedia_enabled": True,
            "report_channel": None,
            "report_schedule": "0 9 * * *",
            "timezone": "UTC",
            "audit_channel": None,
            "report_all_clear": False,
            "created_at": NOW,
            "admin_users": ("U1", "U2"),
            "admin_group": "S1",
        },
    ),
]


@pytest.mark.parametrize(("model", "values"), CASES, ids=lambda case: getattr(case, "__name__", ""))
def test_a_model_built_from_a_stored_row_equals_the_validated_model(
    model: type[BaseModel], values: dict[str, Any]
) -> None:
    built = trusted(model, dict(values))
    validated = model.model_validate(values)
    assert built == validated
    assert built.model_dump() == validated.model_dump()
    assert hash(built) == hash(validated)
    assert built.model_copy(update={}) == validated


def test_a_model_built_from_a_stored_row_stays_frozen() -> None:
    built = trusted(Profile, dict(PROFILE))
    with pytest.raises(ValueError, match="frozen"):
        built.chat = 1  # type: ignore[misc]
    assert built.spec.name == "Chat heavy"


def test_a_field_missing_from_a_stored_row_gets_its_default() -> None:
    values = {k: v for k, v in CASES[3][1].items() if k != "report_all_clear"}
    assert trusted(Workspace, dict(values)) == Workspace.model_validate(values)
