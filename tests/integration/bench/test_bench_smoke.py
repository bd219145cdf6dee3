"""The benchmark code runs end to end at a tiny size (figures are not checked: this is no
timed test), so `python -m bench.run` does not rot between the times someone runs it."""

from __future__ import annotations

from bench import domain_bench, generate, report
from storage.uow import SqlUnitOfWorkFactory


def test_the_generator_and_the_domain_benchmarks_run_on_a_tiny_workspace(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    org = generate.build_org(generate.TINY)
    seconds = generate.generate(uow_factory, org)
    figures = domain_bench.measure(
        uow_factory, generate.BENCH_WORKSPACE, org, lookups=5, usages=2, reports=1
    )
    assert seconds > 0
    assert figures.effective.count == 5
    assert figures.report.count == 1
    row = report.row("usage max", "x", figures.usage.max_ms, "ms", 100)
    assert row["status"] in {"ok", "MISSED"}
