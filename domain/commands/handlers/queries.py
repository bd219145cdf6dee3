"""Handlers for effective, usage, history and report."""

from __future__ import annotations

import json
from typing import Any

from domain.audit import Actor, AuditRecord
from domain.commands import model as m
from domain.commands.replies import Reply, Table
from domain.commands.report_text import report_reply
from domain.messages import Text, msg
from domain.org import EffectiveProfile, ProfileSource
from domain.ports import UnitOfWork
from domain.services import lookup, queries
from domain.services.report import build_report

_SOURCE_KEYS = {source: f"source.{source.value}" for source in ProfileSource}


def source_text(row: EffectiveProfile) -> Text:
    """'own', 'from team X', 'from site Y' or 'multimedia is off'."""
    return msg(_SOURCE_KEYS[row.source], name=row.source_name)


# Texts are immutable: the same headings serve every answer.
_EFFECTIVE_COLUMNS = (msg("col.team"), msg("col.profile"), msg("col.source"))
_MULTIMEDIA_OFF = (msg("effective.multimedia_off"),)


def effective(uow: UnitOfWork, _: Actor, command: m.ShowEffective) -> Reply:
    rows = queries.effective(uow, command.agent)
    # The rows already carry the agent's stored name; look it up again only when it has no team.
    agent_name = rows[0].agent if rows else lookup.agent(uow, command.agent).name
    table = Table(
        columns=_EFFECTIVE_COLUMNS,
        rows=tuple((row.team, row.profile_name, source_text(row)) for row in rows),
    )
    details = _MULTIMEDIA_OFF if rows and rows[0].source is ProfileSource.MULTIMEDIA_OFF else ()
    return Reply(
        headline=msg("effective.headline", agent=agent_name, count=len(rows)),
        details=details,
        table=table,
    )


def _change_text(values: dict[str, Any] | None) -> str:
    if not values:
        return "—"
    return ", ".join(f"{key}={_value_text(value)}" for key, value in values.items())


def _value_text(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def changed_only(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Keep only the keys whose value differs, when both sides are known."""
    if not before or not after:
        return before, after
    keys = [key for key in after if before.get(key) != after.get(key)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def history_row(record: AuditRecord) -> tuple[Text | str, ...]:
    """When, who, what, object, and the values that changed."""
    before, after = changed_only(record.before, record.after)
    return (
        msg("text.value", value=record.at),
        msg("text.value", value=record.actor),
        record.action,
        f"{record.object_type} {record.object_name}",
        _change_text(before),
        _change_text(after),
    )


def report(uow: UnitOfWork, _: Actor, __: m.RunReport) -> Reply:
    # Complete: the terminal shows every line; Slack answers `report` with the report post.
    return report_reply(build_report(uow), shown=None)
