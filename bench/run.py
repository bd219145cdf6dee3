"""`python -m bench.run [--quick] [--postgres URL]`: every benchmark, a table and JSON.

Generates the large workspace in a throw-away SQLite file (and a PostgreSQL schema when a
server is given), times the read paths through the executor, then signed slash commands
over HTTP to `mmbot serve` and to a bare Bolt app on the same server settings.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from contextlib import AbstractContextManager
from typing import Any

from bench import databases, domain_bench, generate, http_bench, machine, memory, report
from bench.sql_answers import SqlAnswers, connect
from storage.bootstrap import open_store

TARGET_EFFECTIVE_P99_MS = {"sqlite": 5, "postgresql": 3}
TARGET_EFFECTIVE_RAW_RATIO = 4
TARGET_USAGE_MS = 100
TARGET_REPORT_MS = 500
TARGET_GENERATE_S = 20
TARGET_MEMORY_MIB = 250


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, fewer samples")
    parser.add_argument("--postgres", metavar="URL", help="also run on this PostgreSQL server")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP benchmark")
    parser.add_argument(
        "--http-only", action="store_true", help="only the HTTP benchmark (to repeat it)"
    )
    return parser.parse_args()


def _database_figures(
    database: databases.BenchDatabase, *, quick: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    sizes = generate.QUICK if quick else generate.FULL
    org = generate.build_org(sizes)
    factory = open_store(database.url)
    connection, pyformat = connect(database.url)
    try:
        seconds = generate.generate(factory, org)
        figures = domain_bench.measure(
            factory,
            generate.BENCH_WORKSPACE,
            org,
            SqlAnswers(connection, pyformat=pyformat),
            lookups=300 if quick else 2_000,
            usages=5 if quick else 20,
            reports=3 if quick else 10,
        )
    finally:
        connection.close()
        factory.engine.dispose()
    where = database.label
    p99_target = TARGET_EFFECTIVE_P99_MS[where]
    rows = [
        report.row("create workspace", where, seconds, "s", TARGET_GENERATE_S),
        report.row("effective p50", where, figures.effective.p50_ms, "ms", p99_target),
        report.row("effective p99", where, figures.effective.p99_ms, "ms", p99_target),
        report.row("usage p50", where, figures.usage.p50_ms, "ms", TARGET_USAGE_MS),
        report.row("usage max", where, figures.usage.max_ms, "ms", TARGET_USAGE_MS),
        report.row("report p50", where, figures.report.p50_ms, "ms", TARGET_REPORT_MS),
        report.row("report max", where, figures.report.max_ms, "ms", TARGET_REPORT_MS),
    ]
    for verb, compared in figures.against_raw.items():
        target = TARGET_EFFECTIVE_RAW_RATIO if verb == "effective" else None
        rows.append(
            report.row(f"executor ÷ raw query p50, {verb}", where, compared.ratio, "×", target)
        )
        rows.append(report.row(f"raw query p50, {verb}", where, compared.raw.p50_ms, "ms", None))
    detail = {
        "sizes": dataclasses.asdict(sizes),
        "version": database.version,
        "create_workspace_s": seconds,
        **dataclasses.asdict(figures),
    }
    return rows, detail


def main() -> None:
    """Run every benchmark, print the table, write bench/results/latest.json."""
    args = _arguments()
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    details: dict[str, Any] = {}
    postgres_version = None
    chosen: list[AbstractContextManager[databases.BenchDatabase]] = [databases.sqlite_database()]
    if args.postgres:
        chosen.append(databases.postgres_database(args.postgres))
    if args.http_only:
        chosen = []
    for context in chosen:
        with context as database:
            if database.label == "postgresql":
                postgres_version = database.version
            database_rows, details[database.label] = _database_figures(database, quick=args.quick)
            rows += database_rows
    if chosen:
        rows.append(
            report.row(
                "peak RSS, bench process", "all", memory.own_peak_mib(), "MiB", TARGET_MEMORY_MIB
            )
        )
    if args.no_http:
        notes.append("HTTP benchmark skipped (--no-http)")
    else:
        http_rows, details["http"], http_notes = http_bench.run(quick=args.quick)
        rows += http_rows
        notes += http_notes
    document: dict[str, Any] = {
        "machine": machine.describe(postgres_version),
        "mode": "quick" if args.quick else "full",
        "seconds": round(time.perf_counter() - started, 1),
        "rows": rows,
        "details": details,
        "notes": notes,
    }
    report.print_table(document["machine"], rows, notes)
    print(f"written to {report.write_json(document)}")


if __name__ == "__main__":
    main()
