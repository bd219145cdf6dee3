"""Read-only answers: effective profiles, usage, history."""

from __future__ import annotations

from domain.audit import AuditRecord
from domain.org import EffectiveProfile, ProfileSource, Usage
from domain.ports import UnitOfWork
from domain.profiles import DEFAULT_PROFILE_NAME
from domain.services import lookup
from domain.services.workspaces import current

HISTORY_LIMIT = 50


def effective(uow: UnitOfWork, agent_name: str) -> list[EffectiveProfile]:
    """The agent's profile for each of its teams, with where it comes from."""
    rows = uow.agents.effective_by_name(agent_name.strip())
    if not rows:
        lookup.agent(uow, agent_name)  # NotFound with suggestions, unless it has no team
    if current(uow).multimedia_enabled:
        return rows
    default = lookup.profile(uow, DEFAULT_PROFILE_NAME)
    return [
        row.model_copy(
            update={
                "profile_id": default.id,
                "profile_name": default.name,
                "source": ProfileSource.MULTIMEDIA_OFF,
                "source_name": "",
            }
        )
        for row in rows
    ]


def usage(uow: UnitOfWork, profile_name: str) -> Usage:
    """Direct references and the number of agents the profile reaches."""
    return uow.profiles.usage(lookup.profile(uow, profile_name).id)


def history(uow: UnitOfWork, profile_name: str, *, limit: int = HISTORY_LIMIT) -> list[AuditRecord]:
    """Audit records about the profile, newest first."""
    return uow.audit.for_profile(lookup.profile(uow, profile_name).id, limit=limit)
