"""The import modal's submissions as plain functions: values in, Slack `response_action` out."""

from __future__ import annotations

import hashlib
from typing import Any

from bot.ids import ImportId
from bot.transfer.views import CSV_MAX, done_view, preview_view
from domain.audit import Actor
from domain.commands.execute import prepare_workspace
from domain.errors import DomainError
from domain.messages import t
from domain.transfer.ports import ImportUnitOfWorkFactory
from domain.transfer.problems import ImportRefused
from domain.transfer.service import import_agent_csv
from domain.transfer.steps import ImportPlan
from domain.transfer.summary import summary_lines

SOURCE = "Slack"
# Slack shows a field error of up to about this many characters below the input.
ERROR_MAX = 2000


def pasted_csv(view: dict[str, Any]) -> str:
    """The CSV text of the paste block (empty when nothing was typed)."""
    values = view.get("state", {}).get("values", {})
    return str(values.get(ImportId.CSV_BLOCK, {}).get(ImportId.CSV_ACTION, {}).get("value") or "")


def plan_key(plan: ImportPlan) -> str:
    """A fingerprint of what a plan would do, so a confirm applies only what was previewed."""
    lines = summary_lines(plan, dry_run=True)
    steps = [(s.outcome.value, s.item.model_dump_json()) for s in plan.agents]
    return hashlib.sha256(repr((lines, steps)).encode()).hexdigest()[:32]


def _refusal(error: DomainError) -> dict[str, Any]:
    if isinstance(error, ImportRefused):
        text = "\n".join(error.all_lines())
        if len(text) > ERROR_MAX:
            text = (
                text[: ERROR_MAX - 40].rsplit("\n", 1)[0]
                + "\n"
                + t("transfer.more_problems", count=len(error.problems)).strip()
            )
    else:
        text = error.message
    return {"response_action": "errors", "errors": {ImportId.CSV_BLOCK: text}}


def _run(
    factory: ImportUnitOfWorkFactory,
    workspace: str,
    actor: Actor,
    csv_text: str,
    *,
    apply: str | None,
) -> dict[str, Any]:
    """Plan (and, when `apply` matches the plan's key, apply) in one transaction."""
    if len(csv_text) > CSV_MAX:
        return {
            "response_action": "errors",
            "errors": {ImportId.CSV_BLOCK: t("slack.import.too_long")},
        }
    prepare_workspace(factory, workspace)
    try:
        with factory(workspace) as uow:
            plan = import_agent_csv(uow, actor, csv_text, source=SOURCE, dry_run=True)
            key = plan_key(plan)
            if apply is None or apply != key:
                lines = summary_lines(plan, dry_run=True)
                return {"response_action": "update", "view": preview_view(lines, csv_text, key)}
            import_agent_csv(uow, actor, csv_text, source=SOURCE, dry_run=False)
            uow.commit()
    except DomainError as error:
        return _refusal(error)
    return {"response_action": "update", "view": done_view(summary_lines(plan, dry_run=False))}


def preview(
    factory: ImportUnitOfWorkFactory, workspace: str, actor: Actor, view: dict[str, Any]
) -> dict[str, Any]:
    """The paste form was submitted: a dry run, shown as a preview, or the errors by line."""
    return _run(factory, workspace, actor, pasted_csv(view), apply=None)


def confirm(
    factory: ImportUnitOfWorkFactory, workspace: str, actor: Actor, view: dict[str, Any]
) -> dict[str, Any]:
    """The preview was confirmed: apply it, unless the CSV or the workspace changed meanwhile."""
    previewed = str(view.get("private_metadata") or "")
    return _run(factory, workspace, actor, pasted_csv(view), apply=previewed)
