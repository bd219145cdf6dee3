"""The report lists what to clean up, from the real store (SQLite and PostgreSQL)."""

from __future__ import annotations

from domain.services.report import Report, build_report
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Command, start_workspace


def report_of(factory: SqlUnitOfWorkFactory) -> Report:
    with factory(WORKSPACE, write=False) as uow:
        return build_report(uow)


def test_the_report_lists_each_inactive_and_unassigned_profile_and_nothing_in_use(
    uow_factory: SqlUnitOfWorkFactory, mm: Command
) -> None:
    start_workspace(uow_factory)
    for text in (
        "settings multimedia=on",
        "create Spare type=blended chat=2",
        "create Unused type=exclusive channels=email",
        "create Retired type=blended chat=1",
        "deactivate Retired",
        "create Used type=blended chat=3",
        "site add Budapest profile=Used",
        "team add Tier1 site=Budapest",
        "create Teamed type=blended email=1",
        "assign Teamed team Tier1",
        'agent add "Ann Lee" team=Tier1',
    ):
        mm(text)

    report = report_of(uow_factory)

    assert [p.name for p in report.inactive] == ["Retired"]
    assert report.inactive[0].by.id == "UADMIN"
    assert report.unassigned == ("Spare", "Unused")
    assert report.agents_per_profile == {"Teamed": 1}
    assert report.multimedia_enabled


def test_while_multimedia_is_off_every_agent_counts_for_the_default_profile(
    uow_factory: SqlUnitOfWorkFactory, mm: Command
) -> None:
    start_workspace(uow_factory)
    for text in (
        "settings multimedia=on",
        "create Used type=blended chat=3",
        "site add Budapest profile=Used",
        "team add Tier1 site=Budapest",
        "agent add Ann team=Tier1",
        "agent add Bob team=Tier1",
        "settings multimedia=off",
    ):
        mm(text)

    report = report_of(uow_factory)

    assert not report.multimedia_enabled
    assert report.agents_per_profile == {"Default_Telephony_Profile": 2}
