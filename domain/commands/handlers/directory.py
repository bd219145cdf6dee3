"""Handlers for the paged answers: list, usage, agent list and history."""

from __future__ import annotations

from domain.audit import Actor, AuditRecord
from domain.commands import model as m
from domain.commands.handlers.profiles import profile_table
from domain.commands.handlers.queries import history_row
from domain.commands.pages import paging, quoted, with_page
from domain.commands.replies import Reply, Table
from domain.directory import ListState, ProfileFilter
from domain.messages import Text, msg
from domain.paging import Page, PageRequest, fetched_page
from domain.ports import UnitOfWork
from domain.services import lookup, queries

# Rows of history and agents are wide (changes, team lists): fewer per page keeps a page
# well inside one Slack message.
WIDE_PAGE = 20
# A cell longer than this is cut with "…"; the whole value stays in `show`, `effective`…
CELL_MAX = 120


def _cell(text: Text | str) -> Text | str:
    if isinstance(text, Text) or len(text) <= CELL_MAX:
        return text
    return text[: CELL_MAX - 1] + "…"


def _list_command(command: m.ListProfiles) -> str:
    words = ["list", command.state.value]
    if command.type is not None:
        words.append(f"type={command.type.value}")
    if command.name:
        words.append(f"name={quoted(command.name)}")
    return " ".join(words)


def list_profiles(uow: UnitOfWork, _: Actor, command: m.ListProfiles) -> Reply:
    wanted = ProfileFilter(state=command.state, type=command.type, name=command.name)
    page = queries.profiles_page(uow, wanted, PageRequest(command.page))
    filters = _filters(command)
    if not page.total:
        return Reply(headline=msg("list.empty", state=command.state.value), details=filters)
    key = "list.headline_all" if command.state is ListState.ALL else "list.headline"
    return Reply(
        headline=msg(key, count=page.total, state=command.state.value),
        details=filters,
        table=profile_table(list(page.items)),
        paging=paging(page, lambda n: with_page(_list_command(command), n)),
    )


def _filters(command: m.ListProfiles) -> tuple[Text, ...]:
    lines: list[Text] = []
    if command.type is not None:
        lines.append(msg("list.filter_type", type=command.type.value))
    if command.name:
        lines.append(msg("list.filter_name", name=command.name))
    return tuple(lines)


def usage(uow: UnitOfWork, _: Actor, command: m.ShowUsage) -> Reply:
    profile = lookup.profile(uow, command.profile)
    request = PageRequest(command.page)
    found = uow.profiles.usage(profile.id, offset=request.offset, limit=request.size)
    page = fetched_page(request, found.reached_agents, found.reached_page)
    details: list[Text] = []
    if command.page == 1:
        details += [
            _names("sites", found.sites),
            _names("teams", found.teams),
            _names("agents", found.agents),
        ]
    table = Table(columns=(msg("col.reached_agent"),), rows=tuple((name,) for name in page.items))
    return Reply(
        headline=msg(
            "usage.headline",
            profile=found.profile,
            direct=found.direct_references,
            reached=found.reached_agents,
        ),
        details=tuple(details),
        table=table if page.items else None,
        paging=paging(page, lambda n: with_page(f"usage {quoted(profile.name)}", n)),
    )


# Direct references shown on usage's first page; `agent list profile=` lists every agent.
_DIRECT_SHOWN = 20


def _names(kind: str, names: tuple[str, ...]) -> Text:
    shown = names[:_DIRECT_SHOWN]
    hidden = len(names) - _DIRECT_SHOWN
    more = msg("usage.more_direct", count=hidden, kind=kind) if hidden > 0 else ""
    return msg(f"usage.{kind}", count=len(names), names=shown or "—", more=more)


def list_agents(uow: UnitOfWork, _: Actor, command: m.ListAgents) -> Reply:
    request = PageRequest(command.page, WIDE_PAGE)
    page = queries.agents_page(uow, command.team, command.profile, request)
    if not page.total:
        return Reply(headline=msg("agent.none_matching" if _filtered(command) else "agent.none"))
    rows = tuple(
        (
            a.name,
            _cell(", ".join(a.teams)),
            a.profile_name or msg("agent.inherits"),
            a.email or "",
            a.slack_user or "",
        )
        for a in page.items
    )
    columns = (
        msg("col.agent"),
        msg("col.teams"),
        msg("col.own_profile"),
        msg("col.email"),
        msg("col.slack"),
    )
    words = ["agent list"]
    if command.team:
        words.append(f"team={quoted(command.team)}")
    if command.profile:
        words.append(f"profile={quoted(command.profile)}")
    return Reply(
        headline=msg("agent.list", count=page.total),
        table=Table(columns=columns, rows=rows),
        paging=paging(page, lambda n: with_page(" ".join(words), n)),
    )


def _filtered(command: m.ListAgents) -> bool:
    return bool(command.team or command.profile)


def _history_reply(
    headline: Text, empty: Text, page: Page[AuditRecord], command: str, deleted: bool = False
) -> Reply:
    details = (msg("history.deleted"),) if deleted else ()
    if not page.total:
        return Reply(headline=empty, details=details)
    columns = (
        msg("col.when"),
        msg("col.who"),
        msg("col.action"),
        msg("col.object"),
        msg("col.before"),
        msg("col.after"),
    )
    return Reply(
        headline=headline,
        details=details,
        table=Table(
            columns=columns,
            rows=tuple(tuple(_cell(c) for c in history_row(r)) for r in page.items),
        ),
        paging=paging(page, lambda n: with_page(command, n)),
    )


def history(uow: UnitOfWork, _: Actor, command: m.ShowHistory) -> Reply:
    found = queries.profile_history(uow, command.profile, PageRequest(command.page, WIDE_PAGE))
    return _history_reply(
        msg("history.headline", profile=found.name, count=found.page.total),
        msg("history.empty", profile=found.name),
        found.page,
        f"history {quoted(found.name)}",
        deleted=found.deleted,
    )


def object_history(uow: UnitOfWork, _: Actor, command: m.ShowObjectHistory) -> Reply:
    kind = command.kind.value
    request = PageRequest(command.page, WIDE_PAGE)
    found = queries.object_history(uow, kind, command.name, request)
    return _history_reply(
        msg("history.object_headline", kind=kind, name=found.name, count=found.page.total),
        msg("history.object_empty", kind=kind, name=found.name),
        found.page,
        f"history {kind} {quoted(found.name)}",
        deleted=found.deleted,
    )


def settings_history(uow: UnitOfWork, _: Actor, command: m.ShowSettingsHistory) -> Reply:
    page = queries.settings_history(uow, PageRequest(command.page, WIDE_PAGE))
    return _history_reply(
        msg("history.settings_headline", count=page.total),
        msg("history.settings_empty"),
        page,
        "history settings",
    )
