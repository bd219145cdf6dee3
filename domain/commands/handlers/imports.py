"""The CSV agent onboarding and the workspace document import, through the one entry."""

from __future__ import annotations

from dataclasses import dataclass

from domain.application.result import Result
from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.transfer.ports import ImportUnitOfWork
from domain.transfer.service import export_workspace, import_agent_csv, import_document, plan_key
from domain.transfer.steps import ImportPlan
from domain.transfer.summary import summary_lines


@dataclass(frozen=True)
class ImportOutcome:
    """The plan, its fingerprint (what a confirmation must match) and whether it was applied."""

    plan: ImportPlan
    key: str
    applied: bool


def _result(plan: ImportPlan, *, applied: bool) -> Result:
    lines = summary_lines(plan, dry_run=not applied)
    return Result(
        Reply(headline=lines[0], details=tuple(lines[1:])),
        data=ImportOutcome(plan, plan_key(plan), applied),
    )


def agent_csv(uow: ImportUnitOfWork, actor: Actor, command: m.ImportAgentCsv) -> Result:
    """Plan every row; apply unless it is a dry run or the plan is not the one previewed."""
    plan = import_agent_csv(uow, actor, command.csv_text, source=command.source, dry_run=True)
    wanted = command.expected_plan
    if command.dry_run or (wanted is not None and wanted != plan_key(plan)):
        return _result(plan, applied=False)
    import_agent_csv(
        uow,
        actor,
        command.csv_text,
        source=command.source,
        dry_run=False,
        progress=command.progress,
    )
    return _result(plan, applied=True)


def document(uow: ImportUnitOfWork, actor: Actor, command: m.ImportDocument) -> Result:
    """Validate the whole document, then apply it unless it is a dry run."""
    plan = import_document(
        uow,
        actor,
        command.document,
        source=command.source,
        dry_run=command.dry_run,
        progress=command.progress,
    )
    return _result(plan, applied=not command.dry_run)


def export(uow: ImportUnitOfWork, _: Actor, __: m.ExportWorkspace) -> Result:
    """The workspace's export document."""
    return Result(data=export_workspace(uow))
