"""Import and export as services: read the workspace once, plan, and apply unless it is a dry run."""

from __future__ import annotations

import hashlib

from domain.audit import Actor
from domain.ports import UnitOfWork
from domain.transfer.apply import apply_import
from domain.transfer.apply_agents import Progress
from domain.transfer.csv_agents import parse_agent_csv
from domain.transfer.document import ExportDocument
from domain.transfer.plan import plan_agent_rows, plan_import
from domain.transfer.ports import ImportUnitOfWork
from domain.transfer.state import export_document, load_state
from domain.transfer.steps import ImportPlan


def export_workspace(uow: UnitOfWork) -> ExportDocument:
    """The export document of the unit of work's workspace."""
    return export_document(load_state(uow))


def import_document(
    uow: ImportUnitOfWork,
    actor: Actor,
    document: ExportDocument,
    *,
    source: str,
    dry_run: bool,
    progress: Progress | None = None,
) -> ImportPlan:
    """Validate the whole document, then apply it unless `dry_run`; the caller commits."""
    plan = plan_import(document, load_state(uow), source=source)
    if not dry_run:
        apply_import(uow, actor, plan, **({"progress": progress} if progress else {}))
    return plan


def import_agent_csv(
    uow: ImportUnitOfWork,
    actor: Actor,
    text: str,
    *,
    source: str,
    dry_run: bool,
    progress: Progress | None = None,
) -> ImportPlan:
    """Validate every CSV row, then create or change the agents unless `dry_run`; the caller commits."""
    plan = plan_agent_rows(parse_agent_csv(text), load_state(uow), source=source)
    if not dry_run:
        apply_import(uow, actor, plan, **({"progress": progress} if progress else {}))
    return plan


def plan_key(plan: ImportPlan) -> str:
    """A fingerprint of what a plan would do, so a confirmation applies only what was previewed."""
    steps = [
        (kind, s.outcome.value, s.item.model_dump_json())
        for kind, steps in (
            ("profile", plan.profiles),
            ("site", plan.sites),
            ("team", plan.teams),
            ("agent", plan.agents),
        )
        for s in steps
    ]
    return hashlib.sha256(repr((plan.source, steps)).encode()).hexdigest()[:32]
