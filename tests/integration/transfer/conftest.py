"""A populated workspace to export, and helpers to import into another one."""

from __future__ import annotations

import pytest

from domain.audit import Actor
from domain.services.workspaces import ensure_workspace
from domain.transfer.document import ExportDocument, dump_document
from domain.transfer.service import export_workspace, import_agent_csv, import_document
from domain.transfer.steps import ImportPlan
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner, mm

ADMIN = Actor(kind="cli", id="admin", name="admin")
__all__ = ["mm"]  # the command runner fixture, shared with the domain tests


def export_text(factory: SqlUnitOfWorkFactory, workspace: str) -> str:
    """The export document of a workspace, as the CLI writes it."""
    with factory(workspace, write=False) as uow:
        return dump_document(export_workspace(uow))


def import_into(
    factory: SqlUnitOfWorkFactory,
    workspace: str,
    document: ExportDocument,
    *,
    dry_run: bool = False,
) -> ImportPlan:
    """Import a document in one unit of work, committed unless it is a dry run."""
    with factory(workspace) as uow:
        plan = import_document(uow, ADMIN, document, source="test.json", dry_run=dry_run)
        if not dry_run:
            uow.commit()
    return plan


def import_csv(
    factory: SqlUnitOfWorkFactory, workspace: str, text: str, *, dry_run: bool = False
) -> ImportPlan:
    """Import CSV agent rows in one unit of work, committed unless it is a dry run."""
    with factory(workspace) as uow:
        plan = import_agent_csv(uow, ADMIN, text, source="agents.csv", dry_run=dry_run)
        if not dry_run:
            uow.commit()
    return plan


@pytest.fixture(autouse=True)
def _workspace_t1(uow_factory: SqlUnitOfWorkFactory) -> None:
    # The executor remembers prepared workspaces by id(factory), which a new factory can reuse
    # after the tables were emptied; creating T1 here does not depend on that memory.
    ensure_workspace(uow_factory, "T1")


@pytest.fixture
def populated(mm: Runner) -> Runner:
    """Workspace T1 with every kind of object and assignment, and settings off their defaults."""
    for text in (
        "settings multimedia=on report_channel=#ops timezone=Europe/Budapest",
        'create "Chat Heavy" type=blended voice=1 chat=5 email=2 description="Busy chat desk"',
        'create "Voice Only" type=exclusive channels=voice',
        'create "Realtime" type=blended_realtime voice=1 chat=2',
        'create "Retired" type=blended email=1',
        "deactivate Retired",
        'site add Budapest profile="Chat Heavy"',
        "site add Szeged",
        'team add "Tier 1" site=Budapest',
        'team add "tier 2" site=Szeged',
        "team add Overflow site=Budapest kind=capacity",
        'assign Realtime team "tier 2"',
        'agent add "Ann Lee" team="Tier 1","tier 2" email=ann@example.com slack=@ann',
        "agent add Bob team=Overflow",
        'assign "Voice Only" agent Bob',
    ):
        mm(text)
    return mm
