"""Onboarding agents from CSV: thousands in one transaction, one bad row writes nothing."""

from __future__ import annotations

import pytest

from domain.services import queries
from domain.transfer.csv_agents import MAX_ROWS
from domain.transfer.problems import ImportRefused
from domain.transfer.steps import Kind, Outcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.domain.conftest import Runner
from tests.integration.transfer.conftest import import_csv
from tests.support.texts import english

HEADER = "name,email,slack,teams,profile\n"


def rows(count: int) -> list[str]:
    return [
        f"Agent {n:05d},agent{n}@example.com,@agent{n},Tier 1;Tier 2,{'Chat Heavy' if n % 3 == 0 else ''}\n"
        for n in range(count)
    ]


@pytest.fixture
def org(mm: Runner) -> Runner:
    for text in (
        "settings multimedia=on",
        'create "Chat Heavy" type=blended voice=1 chat=5',
        "site add Budapest",
        'team add "Tier 1" site=Budapest',
        'team add "Tier 2" site=Budapest',
    ):
        mm(text)
    return mm


def agent_count(factory: SqlUnitOfWorkFactory) -> int:
    with factory("T1", write=False) as uow:
        return len(uow.agents.list())


def test_five_thousand_valid_rows_import_in_one_transaction(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    # How fast is the benchmarks' business (bench/), not a test's: a loaded machine is slow.
    plan = import_csv(uow_factory, "T1", HEADER + "".join(rows(MAX_ROWS)))
    assert plan.counts[Kind.AGENT][Outcome.CREATE] == MAX_ROWS
    assert agent_count(uow_factory) == MAX_ROWS
    with uow_factory("T1", write=False) as uow:
        own = {row.source.value for row in queries.effective(uow, "Agent 00003")}
        inherited = {row.profile_name for row in queries.effective(uow, "Agent 00001")}
    assert own == {"own"}
    assert inherited == {"Default_Telephony_Profile"}


@pytest.mark.parametrize("position", [0, 2500, MAX_ROWS - 1])
def test_one_bad_row_anywhere_writes_nothing_and_names_its_line(
    org: Runner, uow_factory: SqlUnitOfWorkFactory, position: int
) -> None:
    lines = rows(MAX_ROWS)
    lines[position] = "Bad Agent,not-an-address,,Tier 1,\n"
    with pytest.raises(ImportRefused) as refused:
        import_csv(uow_factory, "T1", HEADER + "".join(lines))
    [problem] = refused.value.problems
    assert problem.line == position + 2  # the header is line 1
    # Numbers read as the reader's language writes them (CLDR): "line 2,502" in English.
    assert f"line {position + 2:,}: 'not-an-address' is not an email address" in english(problem)
    assert agent_count(uow_factory) == 0


def test_every_bad_row_is_reported_not_only_the_first(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    text = (
        HEADER
        + "Ann,,,Tier 1,\nB\u200bob,,,Tier 1,\nCy,,,Tier 9,\nDee,,,Tier 1,Nope\nAnn,,,Tier 2,\n"
    )
    with pytest.raises(ImportRefused) as refused:
        import_csv(uow_factory, "T1", text)
    assert [(p.line, english(p.text).split(" ")[0]) for p in refused.value.problems] == [
        (3, "The"),
        (4, "There"),
        (5, "There"),
        (6, "agent"),
    ]
    assert "Did you mean" in english(refused.value.problems[1].text)


def test_a_dry_run_writes_nothing_and_says_what_it_would_create(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    plan = import_csv(uow_factory, "T1", HEADER + "".join(rows(10)), dry_run=True)
    assert plan.counts[Kind.AGENT][Outcome.CREATE] == 10
    assert agent_count(uow_factory) == 0


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    with pytest.raises(Exception, match="at most 5,000") as refused:
        import_csv(uow_factory, "T1", HEADER + "".join(rows(MAX_ROWS + 1)))
    assert "more than 5,000 agent rows" in str(refused.value)
    assert agent_count(uow_factory) == 0


def test_importing_the_same_file_again_changes_only_what_differs(
    org: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    import_csv(uow_factory, "T1", HEADER + "".join(rows(3)))
    changed = rows(3)
    changed[1] = "Agent 00001,new@example.com,@agent1,Tier 2,Chat Heavy\n"
    plan = import_csv(uow_factory, "T1", HEADER + "".join(changed))
    assert plan.counts[Kind.AGENT] == {Outcome.KEEP: 2, Outcome.CHANGE: 1}
    assert plan.agents[1].changed == ("email", "teams", "profile")
    with uow_factory("T1", write=False) as uow:
        agent = uow.agents.get_by_name("agent 00001")
    assert agent is not None
    assert (agent.email, agent.teams, agent.profile_name) == (
        "new@example.com",
        ("Tier 2",),
        "Chat Heavy",
    )


def test_assigning_profiles_from_csv_is_refused_while_multimedia_is_off(
    mm: Runner, uow_factory: SqlUnitOfWorkFactory
) -> None:
    mm('create "Chat Heavy" type=blended voice=1 chat=5')
    mm("site add Budapest")
    mm('team add "Tier 1" site=Budapest')
    with pytest.raises(ImportRefused, match="Multimedia is off"):
        import_csv(uow_factory, "T1", HEADER + "Ann,,,Tier 1,Chat Heavy\n")
    plan = import_csv(uow_factory, "T1", HEADER + "Ann,,,Tier 1,\n")
    assert plan.counts[Kind.AGENT][Outcome.CREATE] == 1
