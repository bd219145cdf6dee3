"""The benchmark code runs end to end at a tiny size (figures are not checked: this is no
timed test), so `python -m bench.run` does not rot between the times someone runs it; and
the SQL floor answers the same questions as mmbot, so the ratio against it is fair."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bench import domain_bench, generate, report
from bench.sql_answers import SqlAnswers, connect
from domain.commands.grammar import parse
from domain.paging import PAGE_SIZE
from storage.bulk import BulkOrg
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import run


@pytest.fixture
def tiny(
    uow_factory: SqlUnitOfWorkFactory, database_url: str
) -> Iterator[tuple[BulkOrg, SqlAnswers]]:
    org = generate.build_org(generate.TINY)
    assert generate.generate(uow_factory, org) > 0
    connection, pyformat = connect(database_url)
    yield org, SqlAnswers(connection, pyformat=pyformat)
    connection.close()


def test_the_generator_and_the_domain_benchmarks_run_on_a_tiny_workspace(
    uow_factory: SqlUnitOfWorkFactory, tiny: tuple[BulkOrg, SqlAnswers]
) -> None:
    org, raw = tiny
    figures = domain_bench.measure(
        uow_factory, generate.BENCH_WORKSPACE, org, raw, lookups=8, usages=2, reports=1
    )
    assert figures.effective.count == 8
    assert figures.report.count == 1
    assert set(figures.against_raw) == {"effective", "show", "usage", "list"}
    row = report.row("usage max", "x", figures.usage.max_ms, "ms", 100)
    assert row["status"] in {"ok", "MISSED"}


def _mmbot(factory: SqlUnitOfWorkFactory, text: str) -> str:
    shown = run(
        parse(text),
        factory=factory,
        workspace_id=generate.BENCH_WORKSPACE,
        actor=domain_bench.READER,
        is_admin=False,
    )
    rows = shown.table.rows if shown.table else ()
    return "\n".join((shown.headline, *shown.details, *(" | ".join(r) for r in rows)))


def test_the_sql_floor_answers_what_mmbot_answers(
    uow_factory: SqlUnitOfWorkFactory, tiny: tuple[BulkOrg, SqlAnswers]
) -> None:
    org, raw = tiny
    workspace = generate.BENCH_WORKSPACE
    for agent in org.agents[:10]:
        floor = raw.answer(workspace, f'effective "{agent.name}"').splitlines()[1:]
        mine = _mmbot(uow_factory, f'effective "{agent.name}"').splitlines()[-len(floor) :]
        assert [line.split(" | ")[:2] for line in floor] == [line.split(" | ")[:2] for line in mine]
    for profile in ["Default_Telephony_Profile", *(p.spec.name for p in org.profiles)]:
        floor_usage = raw.answer(workspace, f'usage "{profile}"')
        mine_usage = _mmbot(uow_factory, f'usage "{profile}"')
        counts = re.search(r"(\d+) direct references, reaches (\d+) agents", floor_usage)
        assert counts is not None
        direct, reached = counts.groups()
        assert f"named by {int(direct):,} site" in mine_usage
        assert f"reaches {int(reached):,} agent" in mine_usage
        # The first page of the agents it reaches, in the same order.
        reached_page = floor_usage.splitlines()[4:]
        assert len(reached_page) == min(int(reached), PAGE_SIZE)
        if reached_page:
            assert reached_page == mine_usage.splitlines()[-len(reached_page) :]
    floor_list = raw.answer(workspace, "list").splitlines()
    mine_list = _mmbot(uow_factory, "list").splitlines()
    assert [line.split(" | ")[0] for line in floor_list[1:]] == [
        line.split(" | ")[0] for line in mine_list[1:]
    ]
