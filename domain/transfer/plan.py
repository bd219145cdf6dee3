"""plan_import: validate a whole document (or CSV agent rows) against the workspace, then diff it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.cron import check_cron
from domain.errors import DomainError, ProfileInUse
from domain.messages import msg
from domain.org import Agent, References, Site, Team
from domain.services.profiles import REFERENCES_SHOWN
from domain.transfer.context import Context
from domain.transfer.csv_agents import AgentRows
from domain.transfer.document import ExportDocument, ExportSettings
from domain.transfer.plan_agents import AgentInput, plan_agents
from domain.transfer.plan_org import plan_sites, plan_teams
from domain.transfer.plan_profiles import ProfileStep, plan_profiles
from domain.transfer.problems import ImportRefused
from domain.transfer.state import CurrentState, settings_of
from domain.transfer.steps import ImportPlan, Step, changed_fields, compare
from domain.workspace import check_timezone


def _context(state: CurrentState, multimedia: bool) -> Context:
    ctx = Context(multimedia=multimedia)
    ctx.add_profiles((p.name, p.active) for p in state.profiles)
    for site in state.sites:
        ctx.sites.add(site.name)
    for team in state.teams:
        ctx.teams.add(team.name)
    return ctx


def _plan_settings(
    wanted: ExportSettings, state: CurrentState, ctx: Context
) -> Step[ExportSettings, ExportSettings]:
    where = msg("transfer.where_settings")
    try:
        wanted = wanted.model_copy(
            update={
                "timezone": check_timezone(wanted.timezone.strip()),
                "report_schedule": check_cron(wanted.report_schedule),
            }
        )
    except DomainError as error:
        ctx.refuse(where, None, error)
    now = settings_of(state.workspace)
    return compare(wanted, now, changed_fields(wanted, now))


def _labelled(
    kind: str, planned: Sequence[Step[Any, Any]], stored: Sequence[Site | Team | Agent]
) -> list[tuple[tuple[str, str], str | None]]:
    """((kind, name), profile) of every object of a kind once the import is applied."""
    given = {step.item.name.casefold() for step in planned}
    return [((kind, step.item.name), step.item.profile) for step in planned] + [
        ((kind, obj.name), obj.profile_name) for obj in stored if obj.name.casefold() not in given
    ]


def _check_deactivations(
    profiles: Sequence[ProfileStep],
    references: list[tuple[tuple[str, str], str | None]],
    ctx: Context,
) -> None:
    """A profile the import deactivates must not be referenced by anything once it is applied."""
    leaving = {
        s.item.name.casefold(): s.item.name
        for s in profiles
        if s.current is not None and s.current.active and not s.item.active
    }
    refs: dict[str, list[tuple[str, str]]] = {key: [] for key in leaving}
    for referrer, profile in references:
        if profile is not None and profile.casefold() in refs:
            refs[profile.casefold()].append(referrer)
    for key, referrers in refs.items():
        if referrers:
            shown = References(referrers=tuple(referrers[:REFERENCES_SHOWN]), total=len(referrers))
            error = ProfileInUse(leaving[key], shown.labels, shown.total)
            ctx.refuse(
                msg("transfer.where_item", kind=msg("kind.profile"), name=leaving[key]), None, error
            )


def plan_import(document: ExportDocument, state: CurrentState, *, source: str) -> ImportPlan:
    """Everything the document would create, change or leave alone; ImportRefused lists every problem."""
    multimedia = (
        document.settings.multimedia if document.settings else state.workspace.multimedia_enabled
    )
    ctx = _context(state, multimedia)
    settings = _plan_settings(document.settings, state, ctx) if document.settings else None
    profiles = plan_profiles(document.profiles, state.profiles, ctx)
    sites = plan_sites(document.sites, state.sites, ctx)
    teams = plan_teams(document.teams, state.teams, ctx)
    inputs = [
        AgentInput(msg("transfer.where_item", kind=msg("kind.agent"), name=a.name), None, a)
        for a in document.agents
    ]
    agents = plan_agents(inputs, state.agents, ctx)
    references = [
        *_labelled("site", sites, state.sites),
        *_labelled("team", teams, state.teams),
        *_labelled("agent", agents, state.agents),
    ]
    _check_deactivations(profiles, references, ctx)
    if ctx.problems:
        raise ImportRefused(ctx.problems)
    return ImportPlan(source, settings, tuple(profiles), tuple(sites), tuple(teams), tuple(agents))


def plan_agent_rows(rows: AgentRows, state: CurrentState, *, source: str) -> ImportPlan:
    """The plan for CSV agent rows: teams and profiles must already exist in the workspace."""
    ctx = _context(state, state.workspace.multimedia_enabled)
    ctx.problems.extend(rows.problems)
    agents = plan_agents(rows.inputs, state.agents, ctx)
    if ctx.problems:
        raise ImportRefused(ctx.problems)
    return ImportPlan(source, agents=tuple(agents))
