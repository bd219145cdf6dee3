"""Planning agents, from a document or from CSV rows: every wrong field of every row is reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from domain.errors import DomainError, FieldError, ValidationFailed
from domain.messages import Text
from domain.org import Agent, clean_email, clean_org_name, slack_user_reference
from domain.transfer.context import Context, RepeatedInInput, first_seen
from domain.transfer.document import ExportAgent
from domain.transfer.steps import Step, compare

AgentStep = Step[ExportAgent, Agent]
T = TypeVar("T")


@dataclass(frozen=True)
class AgentInput:
    """An agent as given, with where it was given (a CSV line or a document item)."""

    where: Text
    line: int | None
    item: ExportAgent


def clean_slack(value: str | None) -> str | None:
    """A Slack user id (from <@U123|jane> or U123), a typed @name as it is, or None."""
    text = (value or "").strip()
    if not text:
        return None
    if (reference := slack_user_reference(text)) is not None:
        return reference
    raise ValidationFailed([FieldError("slack", "transfer.bad_slack_user", {"value": text})])


class AgentNeedsTeam(DomainError):
    key = "transfer.agent_needs_team"

    def __init__(self, agent: str) -> None:
        super().__init__(agent=agent)


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def _changes(wanted: ExportAgent, current: Agent) -> list[str]:
    changed = []
    if wanted.email != current.email:
        changed.append("email")
    if wanted.slack != current.slack_user:
        changed.append("slack")
    if {t.casefold() for t in wanted.teams} != {t.casefold() for t in current.teams}:
        changed.append("teams")
    if not _same(wanted.profile, current.profile_name):
        changed.append("profile")
    return changed


class _Row:
    """Collects every error of one row instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def check(self, fn: Callable[[], T], fallback: T) -> T:
        try:
            return fn()
        except DomainError as error:
            self.errors.append(error)
            return fallback


def _plan_one(
    given: AgentInput, by_key: dict[str, Agent], seen: dict[str, Text], ctx: Context
) -> AgentStep | None:
    item, row = given.item, _Row()
    name = row.check(lambda: clean_org_name("agent", item.name), "")
    if name and (earlier := first_seen(seen, name, given.where)) is not None:
        row.errors.append(RepeatedInInput("agent", name, earlier))
    email = row.check(lambda: clean_email(item.email), None)
    slack = row.check(lambda: clean_slack(item.slack), None)
    wanted_teams = [t for t in dict.fromkeys(x.strip() for x in item.teams) if t]
    if not wanted_teams:
        row.errors.append(AgentNeedsTeam(name or item.name))
    teams = []
    for team in wanted_teams:
        try:
            teams.append(ctx.teams.require(team))
        except DomainError as unknown:
            row.errors.append(unknown)
    profile = None
    if given_profile := (item.profile or "").strip():
        profile = row.check(lambda: ctx.assignable(given_profile), None)
    current = by_key.get(name.casefold()) if name else None
    wanted = ExportAgent(
        name=current.name if current else name,
        email=email,
        slack=slack,
        teams=tuple(sorted(dict.fromkeys(teams), key=lambda t: (t.casefold(), t))),
        profile=profile,
    )
    changes = [] if current is None else _changes(wanted, current)
    if "profile" in changes or (current is None and given_profile):
        row.check(ctx.require_multimedia, None)
    for problem in row.errors:
        ctx.refuse(given.where, given.line, problem)
    return None if row.errors else compare(wanted, current, changes)


def plan_agents(
    inputs: Sequence[AgentInput], stored: Sequence[Agent], ctx: Context
) -> list[AgentStep]:
    """One step per valid agent; lookups are dictionary reads, so thousands of rows plan quickly."""
    by_key = {a.name.casefold(): a for a in stored}
    seen: dict[str, Text] = {}
    steps = [_plan_one(given, by_key, seen, ctx) for given in inputs]
    return [step for step in steps if step is not None]
