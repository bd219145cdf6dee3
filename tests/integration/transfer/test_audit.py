"""Every imported change is audited like the single command, plus one record for the import."""

from __future__ import annotations

from typing import Any

from domain.application.workspaces import prepare_workspace
from domain.transfer.document import parse_document
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.integration.transfer.conftest import export_text, import_csv, import_into

HEADER = "name,email,slack,teams,profile\n"


def trail(factory: SqlUnitOfWorkFactory, workspace: str) -> list[dict[str, Any]]:
    with factory(workspace, write=False) as uow:
        records = uow.audit.latest(limit=1000)
    return [r.model_dump(include={"action", "object_name", "before", "after"}) for r in records]


def test_a_csv_agent_is_audited_exactly_as_agent_add_then_assign_would_be(
    mm: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    for text in (
        "settings multimedia=on",
        'create "Chat Heavy" type=blended voice=1 chat=5',
        "site add Budapest",
        'team add "Tier 1" site=Budapest',
    ):
        mm(text)
        mm(text, workspace="T2")
    mm('agent add Ann team="Tier 1" email=ann@example.com slack=@ann', workspace="T2")
    mm('assign "Chat Heavy" agent Ann', workspace="T2")
    import_csv(uow_factory, "T1", HEADER + "Ann,ann@example.com,@ann,Tier 1,Chat Heavy\n")
    imported = [r for r in trail(uow_factory, "T1") if r["object_name"] == "Ann"]
    by_command = [r for r in trail(uow_factory, "T2") if r["object_name"] == "Ann"]
    assert sorted(imported, key=str) == sorted(by_command, key=str)


def test_an_import_writes_one_record_with_its_counts(
    populated: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    document = parse_document(export_text(uow_factory, "T1"))
    prepare_workspace(uow_factory, "T2")
    import_into(uow_factory, "T2", document)
    records = trail(uow_factory, "T2")
    assert records[0] == {
        "action": "import",
        "object_name": "test.json",
        "before": None,
        "after": {
            "create": {"profile": 4, "site": 2, "team": 3, "agent": 2},
            "change": {"settings": 1},
            "keep": {},
        },
    }
    actions = [r["action"] for r in records[1:]]
    assert actions.count("profile.create") == 4
    assert actions.count("profile.deactivate") == 1
    assert actions.count("agent.add") == 2
    assert {"site.add", "team.add", "team.assign", "agent.assign", "settings.change"} <= set(
        actions
    )


def test_a_dry_run_writes_no_audit_record(mm: Runner, uow_factory: SqlUnitOfWorkFactory) -> None:
    mm("site add Budapest")
    mm('team add "Tier 1" site=Budapest')
    before = trail(uow_factory, "T1")
    import_csv(uow_factory, "T1", HEADER + "Ann,,,Tier 1,\n", dry_run=True)
    assert trail(uow_factory, "T1") == before
