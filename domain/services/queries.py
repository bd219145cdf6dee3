"""Read-only answers: effective profiles, usage, history, and pages of lists."""

from __future__ import annotations

from dataclasses import dataclass

from domain.audit import AuditRecord
from domain.directory import AgentFilter, ProfileFilter
from domain.history import HistorySubject
from domain.names import name_key
from domain.org import Agent, EffectiveProfile, ProfileSource, Site, Team
from domain.paging import Page, PageRequest, paged
from domain.ports import UnitOfWork
from domain.profiles import DEFAULT_PROFILE_NAME, Profile
from domain.services import lookup
from domain.services.workspaces import current


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


def profiles_page(uow: UnitOfWork, wanted: ProfileFilter, request: PageRequest) -> Page[Profile]:
    """One page of the profiles `wanted` describes, with their total."""
    return paged(
        request,
        lambda: uow.profiles.count_matching(wanted),
        lambda offset, limit: uow.profiles.find(wanted, offset=offset, limit=limit),
    )


def agents_page(
    uow: UnitOfWork, team: str | None, profile: str | None, request: PageRequest
) -> Page[Agent]:
    """One page of the agents of a team, or reached by a profile, or all of them."""
    wanted = AgentFilter(
        team_id=lookup.team(uow, team).id if team else None,
        profile_id=lookup.profile(uow, profile).id if profile else None,
    )
    return paged(
        request,
        lambda: uow.agents.count_matching(wanted),
        lambda offset, limit: uow.agents.find(wanted, offset=offset, limit=limit),
    )


@dataclass(frozen=True)
class History:
    """One page of a subject's trail; `name` as stored, `deleted` when it no longer exists."""

    name: str
    deleted: bool
    page: Page[AuditRecord]


def _trail(uow: UnitOfWork, subject: HistorySubject, request: PageRequest) -> Page[AuditRecord]:
    return paged(
        request,
        lambda: uow.audit.history_count(subject),
        lambda offset, limit: uow.audit.history(subject, offset=offset, limit=limit),
    )


def profile_history(uow: UnitOfWork, name: str, request: PageRequest) -> History:
    """A profile's trail; for a deleted profile, the trail of the last one with that name."""
    found = uow.profiles.get_by_name(name.strip())
    if found is not None:
        return History(found.name, False, _trail(uow, HistorySubject("profile", found.id), request))
    profile_id = uow.audit.last_profile_id(name)
    if profile_id is None:
        lookup.profile(uow, name)  # raises NotFound with suggestions
    trail = _trail(uow, HistorySubject("profile", profile_id), request)
    stored_name = next((r.object_name for r in trail.items if r.object_type == "profile"), name)
    return History(stored_name.strip(), True, trail)


def _stored(uow: UnitOfWork, kind: str, name: str) -> Site | Team | Agent | None:
    if kind == "site":
        return uow.sites.get_by_name(name)
    if kind == "team":
        return uow.teams.get_by_name(name)
    return uow.agents.get_by_name(name)


def _not_found(uow: UnitOfWork, kind: str, name: str) -> None:
    """Raise NotFound with suggestions for a name with neither a row nor a trail."""
    if kind == "site":
        lookup.site(uow, name)
    elif kind == "team":
        lookup.team(uow, name)
    else:
        lookup.agent(uow, name)


def object_history(uow: UnitOfWork, kind: str, name: str, request: PageRequest) -> History:
    """A site's, team's or agent's trail, also after it was renamed or removed."""
    found = _stored(uow, kind, name.strip())
    if found is not None:
        subject = HistorySubject(kind, found.id, name_key(found.name))
        return History(found.name, False, _trail(uow, subject, request))
    subject = HistorySubject(kind, None, name_key(name))
    if uow.audit.history_count(subject) == 0:
        _not_found(uow, kind, name)
    return History(" ".join(name.split()), True, _trail(uow, subject, request))


def settings_history(uow: UnitOfWork, request: PageRequest) -> Page[AuditRecord]:
    """The trail of the workspace settings."""
    return _trail(uow, HistorySubject("settings"), request)
