"""What a workspace holds now, read in a handful of queries, and its export document."""

from __future__ import annotations

from dataclasses import dataclass

from domain.org import Agent, Site, Team
from domain.ports import UnitOfWork
from domain.profiles import Profile
from domain.services.workspaces import current
from domain.transfer.document import (
    ExportAgent,
    ExportDocument,
    ExportProfile,
    ExportSettings,
    ExportSite,
    ExportTeam,
)
from domain.workspace import Workspace


@dataclass(frozen=True)
class CurrentState:
    """Everything an import is compared with; loaded once, so planning needs no more queries."""

    workspace: Workspace
    profiles: tuple[Profile, ...]
    sites: tuple[Site, ...]
    teams: tuple[Team, ...]
    agents: tuple[Agent, ...]


def load_state(uow: UnitOfWork) -> CurrentState:
    """Read the workspace, its profiles, sites, teams and agents (with their teams) at once."""
    return CurrentState(
        workspace=current(uow),
        profiles=tuple(uow.profiles.list()),
        sites=tuple(uow.sites.list()),
        teams=tuple(uow.teams.list()),
        agents=tuple(uow.agents.list()),
    )


def _key(name: str) -> tuple[str, str]:
    # Case-insensitive order first, the exact spelling second, so the order never depends on the store.
    return (name.casefold(), name)


def settings_of(workspace: Workspace) -> ExportSettings:
    """The exported settings of a workspace."""
    return ExportSettings(
        multimedia=workspace.multimedia_enabled,
        report_channel=workspace.report_channel,
        report_schedule=workspace.report_schedule,
        timezone=workspace.timezone,
        audit_channel=workspace.audit_channel,
        report_all_clear=workspace.report_all_clear,
    )


def profile_item(profile: Profile) -> ExportProfile:
    """A stored profile as a document item."""
    return ExportProfile(
        name=profile.name,
        description=profile.description,
        type=profile.type.value,
        voice=profile.voice,
        chat=profile.chat,
        email=profile.email,
        social=profile.social,
        active=profile.active,
    )


def agent_item(agent: Agent) -> ExportAgent:
    """A stored agent as a document item, its teams in stable order."""
    return ExportAgent(
        name=agent.name,
        email=agent.email,
        slack=agent.slack_user,
        teams=tuple(sorted(agent.teams, key=_key)),
        profile=agent.profile_name,
    )


def export_document(state: CurrentState) -> ExportDocument:
    """The document of a workspace: every non-system object, sorted by name."""
    return ExportDocument(
        settings=settings_of(state.workspace),
        profiles=tuple(
            profile_item(p)
            for p in sorted(state.profiles, key=lambda p: _key(p.name))
            if not p.system
        ),
        sites=tuple(
            ExportSite(name=s.name, profile=s.profile_name)
            for s in sorted(state.sites, key=lambda s: _key(s.name))
        ),
        teams=tuple(
            ExportTeam(name=t.name, site=t.site_name, kind=t.kind.value, profile=t.profile_name)
            for t in sorted(state.teams, key=lambda t: _key(t.name))
        ),
        agents=tuple(agent_item(a) for a in sorted(state.agents, key=lambda a: _key(a.name))),
    )
