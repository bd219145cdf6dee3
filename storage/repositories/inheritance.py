"""The effective-profile rule (own ▸ team ▸ site) as one SQL expression, shared by every query."""

from __future__ import annotations

from sqlalchemy import ColumnElement, CompoundSelect, Select, case, func, select, union

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


def agent_team_profiles(
    workspace_id: str | ColumnElement[str],
) -> Select[int, str, str, int, str, str, str]:
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


def membership_profiles(
    workspace_id: str | ColumnElement[str],
) -> Select[int, int]:
    """(agent id, effective profile id) per agent team, from the memberships alone.

    The same rule as `agent_team_profiles`, with the agent's own profile read from its
    membership's copy: no agent row is visited (the report counts 130,000 memberships).
    """
    own_team_site = func.coalesce(
        AgentTeamRow.agent_profile_id, TeamRow.profile_id, SiteRow.profile_id
    )
    return (
        select(AgentTeamRow.agent_id.label("agent_id"), own_team_site.label("profile_id"))
        .select_from(AgentTeamRow)
        .join(TeamRow, TeamRow.id == AgentTeamRow.team_id)
        .join(SiteRow, SiteRow.id == TeamRow.site_id)
        # The workspace of the sites (a few hundred rows): rows reference only their own
        # workspace's, and the memberships' index then covers the walk.
        .where(SiteRow.workspace_id == workspace_id)
    )


def agents_reached(profile_id: int | ColumnElement[int]) -> CompoundSelect[int]:
    """Ids of the agents that get `profile_id` for at least one of their teams.

    The same rule as `agent_team_profiles`, split into its three cases so that each walks
    an index outwards from the profile instead of resolving every agent of the workspace
    (a profile that reaches 90 agents of 100,000 costs a few index probes, not a scan).
    No workspace filter is needed: rows can only name a profile of their own workspace.
    """
    own = (
        select(AgentTeamRow.agent_id)
        .select_from(AgentRow)
        .join(AgentTeamRow, AgentTeamRow.agent_id == AgentRow.id)
        .where(AgentRow.profile_id == profile_id)
    )
    # The members without a profile of their own, read from the memberships alone (their
    # copy of the agent's profile): no lookup of the agent per member.
    inheriting = (
        select(AgentTeamRow.agent_id)
        .select_from(TeamRow)
        .join(AgentTeamRow, AgentTeamRow.team_id == TeamRow.id)
        .where(AgentTeamRow.agent_profile_id.is_(None))
    )
    from_team = inheriting.where(TeamRow.profile_id == profile_id)
    sites = select(SiteRow.id).where(SiteRow.profile_id == profile_id)
    from_site = inheriting.where(TeamRow.profile_id.is_(None), TeamRow.site_id.in_(sites))
    return union(own, from_team, from_site)
