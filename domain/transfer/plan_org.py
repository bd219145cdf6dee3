"""Planning sites and teams: names checked, references resolved, assignment rules applied."""

from __future__ import annotations

from collections.abc import Sequence

from domain import rules
from domain.errors import DomainError, FieldError, ValidationFailed
from domain.messages import Text, msg
from domain.org import Site, Team, TeamKind, clean_org_name
from domain.profiles import DEFAULT_PROFILE_NAME
from domain.transfer.context import Context, RepeatedInInput, first_seen
from domain.transfer.document import ExportSite, ExportTeam
from domain.transfer.steps import Step, compare

SiteStep = Step[ExportSite, Site]
TeamStep = Step[ExportTeam, Team]


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def _clean_name(kind: str, name: str, seen: dict[str, Text], where: Text) -> str:
    clean = clean_org_name(kind, name)
    if (earlier := first_seen(seen, clean, where)) is not None:
        raise RepeatedInInput(kind, clean, earlier)
    return clean


def plan_sites(items: Sequence[ExportSite], stored: Sequence[Site], ctx: Context) -> list[SiteStep]:
    """One step per valid site item; each site gets an active profile."""
    by_key = {s.name.casefold(): s for s in stored}
    seen: dict[str, Text] = {}
    steps: list[SiteStep] = []
    for item in items:
        where = msg("transfer.where_item", kind=msg("kind.site"), name=item.name)
        try:
            name = _clean_name("site", item.name, seen, where)
        except DomainError as error:
            ctx.refuse(where, None, error)
            continue
        # Known even if the rest of the item is wrong, so teams on it are not reported as well.
        ctx.sites.add(name)
        try:
            current = by_key.get(name.casefold())
            profile = ctx.assignable(item.profile)
            moved = current is not None and not _same(current.profile_name, profile)
            if moved or (current is None and profile != DEFAULT_PROFILE_NAME):
                ctx.require_multimedia()
        except DomainError as error:
            ctx.refuse(where, None, error)
            continue
        wanted = ExportSite(name=current.name if current else name, profile=profile)
        steps.append(compare(wanted, current, ["profile"] if moved else []))
    return steps


def _team_kind(value: str) -> TeamKind:
    try:
        return TeamKind(value.strip().lower())
    except ValueError:
        error = FieldError("kind", "transfer.bad_team_kind", {"value": value})
        raise ValidationFailed([error]) from None


def _team_changes(item: ExportTeam, current: Team, ctx: Context) -> list[str]:
    """Fields of an existing team the import would change; moving or re-kinding is refused."""
    if not _same(item.site, current.site_name):
        raise TeamCannotMove(current.name, current.site_name, item.site)
    if item.kind != current.kind.value:
        raise TeamCannotChangeKind(current.name, current.kind.value, item.kind)
    if _same(item.profile, current.profile_name):
        return []
    ctx.require_multimedia()
    return ["profile"]


def plan_teams(items: Sequence[ExportTeam], stored: Sequence[Team], ctx: Context) -> list[TeamStep]:
    """One step per valid team item, on a known site; capacity teams never get a profile."""
    by_key = {tm.name.casefold(): tm for tm in stored}
    seen: dict[str, Text] = {}
    steps: list[TeamStep] = []
    for item in items:
        where = msg("transfer.where_item", kind=msg("kind.team"), name=item.name)
        try:
            name = _clean_name("team", item.name, seen, where)
        except DomainError as error:
            ctx.refuse(where, None, error)
            continue
        ctx.teams.add(name)
        try:
            kind = _team_kind(item.kind)
            site = ctx.sites.require(item.site)
            if item.profile is not None:
                rules.check_team_takes_profile(name, kind)
            profile = None if item.profile is None else ctx.assignable(item.profile)
            current = by_key.get(name.casefold())
            wanted = ExportTeam(
                name=current.name if current else name, site=site, kind=kind.value, profile=profile
            )
            if current is None and profile is not None:
                ctx.require_multimedia()
            changes = [] if current is None else _team_changes(wanted, current, ctx)
        except DomainError as error:
            ctx.refuse(where, None, error)
            continue
        steps.append(compare(wanted, current, changes))
    return steps


class TeamCannotMove(DomainError):
    key = "transfer.team_cannot_move"

    def __init__(self, team: str, site: str, wanted: str) -> None:
        super().__init__(team=team, site=site, wanted=wanted)


class TeamCannotChangeKind(DomainError):
    key = "transfer.team_cannot_change_kind"

    def __init__(self, team: str, kind: str, wanted: str) -> None:
        super().__init__(team=team, kind=kind, wanted=wanted)
