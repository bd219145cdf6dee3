"""The effective-profile rule (own ▸ team ▸ site) as one SQL expression, shared by every query."""

from __future__ import annotations

from sqlalchemy import Select, case, func, select

from domain.org import ProfileSource
from storage.tables import AgentRow, AgentTeamRow, ProfileRow, SiteRow, TeamRow

# One row per (agent, team): the profile the agent gets when signed in with that team.
effective_profile_id = func.coalesce(AgentRow.profile_id, TeamRow.profile_id, SiteRow.profile_id)
_source = case(
    (AgentRow.profile_id.is_not(None), ProfileSource.OWN.value),
    (TeamRow.profile_id.is_not(None), ProfileSource.TEAM.value),
    else_=ProfileSource.SITE.value,
)
_source_name = case(
    (AgentRow.profile_id.is_not(None), AgentRow.name),
    (TeamRow.profile_id.is_not(None), TeamRow.name),
    else_=SiteRow.name,
)


def agent_team_profiles(workspace_id: str) -> Select[int, str, str, int, str, str, str]:
    """(agent id, agent, team, profile id, profile, source, source name) per agent team."""
    return (
        select(
            AgentRow.id.label("agent_id"),
            AgentRow.name.label("agent"),
            TeamRow.name.label("team"),
            ProfileRow.id.label("profile_id"),
            ProfileRow.name.label("profile_name"),
            _source.label("source"),
            _source_name.label("source_name"),
        )
        .select_from(AgentRow)
        .join(AgentTeamRow, AgentTeamRow.agent_id == AgentRow.id)
        .join(TeamRow, TeamRow.id == AgentTeamRow.team_id)
        .join(SiteRow, SiteRow.id == TeamRow.site_id)
        .join(ProfileRow, ProfileRow.id == effective_profile_id)
        .where(AgentRow.workspace_id == workspace_id)
    )
