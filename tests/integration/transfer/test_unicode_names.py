"""CSV and JSON imports take the Unicode names of SPEC §1, and refuse hidden characters by name."""

from __future__ import annotations

import pytest

from domain.application.workspaces import prepare_workspace
from domain.transfer.document import parse_document
from domain.transfer.problems import ImportRefused
from domain.transfer.steps import Kind, Outcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.integration.transfer.conftest import export_text, import_csv, import_into
from tests.support.texts import english

HEADER = "name,email,slack,teams,profile\n"


@pytest.fixture
def hungarian(mm: Runner) -> Runner:
    for text in (
        "settings multimedia=on",
        'site add "Győr"',
        'team add "Ügyfélszolgálat" site=Győr',
        'team add "Tier-1 (night)" site=Győr',
    ):
        mm(text)
    return mm


def test_a_csv_of_hungarian_and_punctuated_names_imports_whole(
    hungarian: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    text = HEADER + (
        "Kovács Éva,eva@example.com,,Ügyfélszolgálat,\n"
        "Sean O'Brien,,,ügyfélszolgálat;Tier-1 (night),\n"
        '"J. R. Smith",,,"Tier-1 (night)",\n'
    )
    plan = import_csv(uow_factory, "T1", text)
    assert plan.counts[Kind.AGENT][Outcome.CREATE] == 3
    with uow_factory("T1", write=False) as uow:
        names = [a.name for a in uow.agents.list()]
        teams = uow.agents.get_by_name("sean o'brien")
    assert names == ["J. R. Smith", "Kovács Éva", "Sean O'Brien"]
    assert teams is not None
    assert set(teams.teams) == {"Ügyfélszolgálat", "Tier-1 (night)"}


def test_a_csv_row_with_a_zero_width_space_is_refused_naming_it_and_nothing_is_written(
    hungarian: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    text = HEADER + "Kovács Éva,,,Ügyfélszolgálat,\nZero\u200bWidth,,,Ügyfélszolgálat,\n"
    with pytest.raises(ImportRefused) as refused:
        import_csv(uow_factory, "T1", text)
    assert "a zero-width space at position 5" in english(refused.value)
    with uow_factory("T1", write=False) as uow:
        assert uow.agents.list() == []


def test_a_json_export_with_unicode_names_round_trips(
    hungarian: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    hungarian('agent add "Kovács Éva" team=Ügyfélszolgálat,"Tier-1 (night)"')
    original = export_text(uow_factory, "T1")
    assert "Győr" in original
    prepare_workspace(uow_factory, "T2")
    import_into(uow_factory, "T2", parse_document(original))
    assert export_text(uow_factory, "T2") == original
