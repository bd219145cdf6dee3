"""Export → import into an empty workspace → export gives the same document."""

from __future__ import annotations

import json

import pytest

from domain.application.workspaces import prepare_workspace
from domain.transfer.document import parse_document
from domain.transfer.steps import Kind, Outcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.integration.transfer.conftest import export_text, import_into


def test_exporting_then_importing_into_an_empty_workspace_exports_the_same_bytes(
    populated: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    original = export_text(uow_factory, "T1")
    prepare_workspace(uow_factory, "T2")
    import_into(uow_factory, "T2", parse_document(original))
    assert export_text(uow_factory, "T2") == original


def test_the_export_carries_settings_profiles_sites_teams_agents_and_assignments(
    populated: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    data = json.loads(export_text(uow_factory, "T1"))
    assert (data["format"], data["version"]) == ("mmbot-export", 1)
    assert data["settings"]["timezone"] == "Europe/Budapest"
    assert [p["name"] for p in data["profiles"]] == [
        "Chat Heavy",
        "Realtime",
        "Retired",
        "Voice Only",
    ]
    assert {s["name"]: s["profile"] for s in data["sites"]} == {
        "Budapest": "Chat Heavy",
        "Szeged": "Default_Telephony_Profile",
    }
    assert [t["name"] for t in data["teams"]] == ["Overflow", "Tier 1", "tier 2"]
    assert data["agents"][0] == {
        "name": "Ann Lee",
        "email": "ann@example.com",
        "slack": "@ann",
        "teams": ["Tier 1", "tier 2"],
        "profile": None,
    }
    assert data["agents"][1]["profile"] == "Voice Only"


def test_importing_a_workspace_into_itself_leaves_everything_alone(
    populated: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    plan = import_into(uow_factory, "T1", parse_document(export_text(uow_factory, "T1")))
    assert not plan.changes_anything
    assert plan.counts[Kind.AGENT][Outcome.KEEP] == 2


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_dry_run_reports_the_same_plan_and_writes_nothing(
    populated: Runner, uow_factory: SqlUnitOfWorkFactory, dry_run: bool
) -> None:
    document = parse_document(export_text(uow_factory, "T1"))
    prepare_workspace(uow_factory, "T2")
    empty = export_text(uow_factory, "T2")
    plan = import_into(uow_factory, "T2", document, dry_run=dry_run)
    assert plan.counts[Kind.PROFILE][Outcome.CREATE] == 4
    assert plan.counts[Kind.AGENT][Outcome.CREATE] == 2
    assert (export_text(uow_factory, "T2") == empty) is dry_run
