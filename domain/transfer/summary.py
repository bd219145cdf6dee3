"""What an import did (or would do), as catalogue sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.messages import Text, msg
from domain.transfer.steps import ImportPlan, Kind, Outcome, Step

# Changed objects listed one per line; more are only counted.
CHANGES_LISTED = 20


def _counted(plan: ImportPlan, outcome: Outcome) -> Text:
    parts = [
        msg(f"transfer.count.{kind.value}", count=counter[outcome])
        for kind, counter in plan.counts.items()
        if counter[outcome]
    ]
    return msg("text.list", items=tuple(parts)) if parts else msg("transfer.count.nothing")


def _changed_steps(plan: ImportPlan) -> list[tuple[Kind, Step[Any, Any]]]:
    sections: list[tuple[Kind, Sequence[Step[Any, Any]]]] = [
        (Kind.SETTINGS, (plan.settings,) if plan.settings else ()),
        (Kind.PROFILE, plan.profiles),
        (Kind.SITE, plan.sites),
        (Kind.TEAM, plan.teams),
        (Kind.AGENT, plan.agents),
    ]
    return [
        (kind, step) for kind, steps in sections for step in steps if step.outcome is Outcome.CHANGE
    ]


def summary_lines(plan: ImportPlan, *, dry_run: bool) -> list[Text]:
    """Headline, then created / changed / left alone counts, then the first changed objects."""
    headline = "transfer.summary.dry_run" if dry_run else "transfer.summary.applied"
    lines = [
        msg(headline, source=plan.source),
        msg("transfer.summary.created", counts=_counted(plan, Outcome.CREATE)),
        msg("transfer.summary.changed", counts=_counted(plan, Outcome.CHANGE)),
        msg("transfer.summary.kept", counts=_counted(plan, Outcome.KEEP)),
    ]
    changed = _changed_steps(plan)
    for kind, step in changed[:CHANGES_LISTED]:
        fields = tuple(step.changed)
        if kind is Kind.SETTINGS:
            lines.append(msg("transfer.summary.settings_change", fields=fields))
        else:
            name = step.item.name
            lines.append(
                msg(
                    "transfer.summary.change",
                    kind=msg(f"kind.{kind.value}"),
                    name=name,
                    fields=fields,
                )
            )
    if len(changed) > CHANGES_LISTED:
        lines.append(msg("transfer.summary.more_changes", count=len(changed) - CHANGES_LISTED))
    return lines
