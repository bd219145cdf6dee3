"""Signed slash commands over HTTP to `mmbot serve`, against two floors in the same run.

The constant floor is a bare Bolt app that acks a constant; the SQL floor is the same bare
app answering `effective`, `show`, `usage` and `list` with one hand-written SQL query each
(`bench/floor_server.py`). All three run at once as real gunicorn subprocesses with the
product's worker settings, on free loopback ports, with SLACK_API_URL pointed at a local
stand-in, on the generated large workspace. Each load (the mix, then each command alone)
is sent to the three servers back to back, so a neighbour's noise hits all three alike.
The figures: answered commands per second, ack latency (what Slack waits for; it carries
the answer when the answer was ready in time), and the peak memory of each process tree.
"""

from __future__ import annotations

import random
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from typing import Any

from bench import databases, generate
from bench.http_load import Load, LoadResult
from bench.memory import TreeSampler
from bench.report import row
from bench.servers import environment, free_port, running
from bench.standin import BenchStandIn
from bench.timing import Latency, summarise
from storage.bootstrap import open_store
from storage.bulk import BulkOrg

CONNECTIONS = 32
TARGET_P99_MS = 150
TARGET_FLOOR_RATIO = 2.5
TARGET_SQL_FLOOR_RATIO = 1.3
TARGET_MEMORY_MIB = 250
ANSWER_WAIT_SECONDS = 30
SLICE_SECONDS = 1.0
MIX = (("effective", 4), ("show", 3), ("list", 1), ("usage", 2))
LOADS = ("mix", "effective", "show", "usage", "list")
# name: (argv, whether its acks carry answers)
SERVERS: dict[str, tuple[list[str], bool]] = {
    "floor": (["-m", "bench.floor_server"], False),
    "sql floor": (["-m", "bench.floor_server", "--sql"], True),
    "mmbot": (["-m", "mmbot", "serve"], True),
}


@dataclass(frozen=True)
class LoadFigures:
    requests: int
    seconds: float
    rps: float
    ack: Latency
    errors: int
    non_200: int
    answered: int
    answer: Latency | None


@dataclass(frozen=True)
class ServerFigures:
    loads: dict[str, LoadFigures]
    peak_rss_mib: float
    peak_pss_mib: float


def command_texts(org: BulkOrg, count: int, verb: str = "mix", seed: int = 5) -> list[str]:
    """Read commands on the generated workspace: the realistic mix, or one verb only."""
    rng = random.Random(seed)
    used = sorted({s.profile for s in org.sites if s.profile >= 0})
    verbs = [v for v, weight in MIX for _ in range(weight)] if verb == "mix" else [verb]
    texts = []
    for _ in range(count):
        chosen = rng.choice(verbs)
        if chosen == "effective":
            texts.append(f'effective "{rng.choice(org.agents).name}"')
        elif chosen == "show":
            texts.append(f'show "{rng.choice(org.profiles).spec.name}"')
        elif chosen == "usage":
            texts.append(f'usage "{org.profiles[rng.choice(used)].spec.name}"')
        else:
            texts.append("list")
    return texts


def _wait_for_answers(standin: BenchStandIn, result: LoadResult) -> None:
    deadline = time.monotonic() + ANSWER_WAIT_SECONDS
    while time.monotonic() < deadline and not set(result.sent_at) <= (
        set(standin.answered) | set(result.answered_in_ack)
    ):
        time.sleep(0.1)


def _figures(result: LoadResult, standin: BenchStandIn | None) -> LoadFigures:
    answer = None
    answered = 0
    if standin is not None:
        answered_at = {**standin.answered, **result.answered_in_ack}
        waits = [answered_at[k] - t for k, t in result.sent_at.items() if k in answered_at]
        answered = len(waits)
        answer = summarise(waits) if waits else None
    return LoadFigures(
        requests=len(result.latencies),
        seconds=result.seconds,
        rps=len(result.latencies) / result.seconds,
        ack=summarise(result.latencies),
        errors=result.errors,
        non_200=sum(n for status, n in result.statuses.items() if status != 200),
        answered=answered,
        answer=answer,
    )


def merged(results: list[LoadResult]) -> LoadResult:
    """The slices of one load as if sent in one go: requests, time and failures summed."""
    total = LoadResult()
    for part in results:
        total.seconds += part.seconds
        total.latencies += part.latencies
        for status, count in part.statuses.items():
            total.statuses[status] = total.statuses.get(status, 0) + count
        total.errors += part.errors
        total.unanswered += part.unanswered
        total.sent_at.update(part.sent_at)
        total.answered_in_ack.update(part.answered_in_ack)
    return total


@dataclass
class _Server:
    name: str
    load: Load
    answers: bool
    sampler: TreeSampler

    def send(
        self, texts: list[str], standin: BenchStandIn, tag: str, *, seconds: float
    ) -> LoadResult:
        load = Load(
            self.load.port,
            self.load.secret,
            self.load.workspace,
            CONNECTIONS,
            seconds,
            self.load.limit,
        )
        result = load.run(
            lambda n: texts[n % len(texts)],
            standin.response_url,
            f"{self.name}-{tag}",
            standin.wait if self.answers else None,
        )
        if self.answers:
            _wait_for_answers(standin, result)
        return result


def measure(
    database_url: str, org: BulkOrg, *, mix_seconds: float, verb_seconds: float, limit: int
) -> dict[str, ServerFigures]:
    """Start the three servers, warm them up, then send each load to each in turn."""
    loads: dict[str, dict[str, LoadFigures]] = {name: {} for name in SERVERS}
    with BenchStandIn() as standin, ExitStack() as stack:
        servers = []
        base = environment(database_url, f"{standin.base_url}/api/")
        for name, (argv, answers) in SERVERS.items():
            env = {**base, "PORT": str(free_port())}
            pid = stack.enter_context(running(argv, env))
            load = Load(
                int(env["PORT"]),
                env["SLACK_SIGNING_SECRET"],
                generate.BENCH_WORKSPACE,
                CONNECTIONS,
                mix_seconds,
                limit,
            )
            sampler = stack.enter_context(TreeSampler(pid, interval=0.5))
            servers.append(_Server(name, load, answers, sampler))
        warm = command_texts(org, 2_000, seed=1)
        for server in servers:
            server.send(warm, standin, "warm", seconds=2.0)
        for verb in LOADS:
            texts = command_texts(org, 4_000, verb)
            seconds = mix_seconds if verb == "mix" else verb_seconds
            rounds = max(1, round(seconds / SLICE_SECONDS))
            # Short slices, servers taking turns: a neighbour's burst of load on this
            # shared machine lands on all three alike instead of on one server's turn.
            slices: dict[str, list[LoadResult]] = {server.name: [] for server in servers}
            for turn in range(rounds):
                for server in servers:
                    tag = f"{verb}-{turn}"
                    part = server.send(texts, standin, tag, seconds=seconds / rounds)
                    slices[server.name].append(part)
            for server in servers:
                result = merged(slices[server.name])
                loads[server.name][verb] = _figures(result, standin if server.answers else None)
        peaks = {s.name: (s.sampler.peak_mib, s.sampler.peak_pss_mib) for s in servers}
    return {name: ServerFigures(loads[name], peaks[name][0], peaks[name][1]) for name in SERVERS}


def _rows(figures: dict[str, ServerFigures], where: str) -> list[dict[str, Any]]:
    mmbot, floor, sql = figures["mmbot"], figures["floor"], figures["sql floor"]
    mix = mmbot.loads["mix"]
    rows = [
        row("answered/s, mmbot serve, mix", where, mix.rps, "req/s", None),
        row("ack p50, mmbot serve, mix", where, mix.ack.p50_ms, "ms", TARGET_P99_MS),
        row("ack p99, mmbot serve, mix", where, mix.ack.p99_ms, "ms", TARGET_P99_MS),
        row("acks/s, constant floor, mix", where, floor.loads["mix"].rps, "req/s", None),
        row("answered/s, SQL floor, mix", where, sql.loads["mix"].rps, "req/s", None),
        row("ack p99, SQL floor, mix", where, sql.loads["mix"].ack.p99_ms, "ms", TARGET_P99_MS),
    ]
    for verb in LOADS:
        mine = mmbot.loads[verb].rps
        rows.append(
            row(
                f"mmbot ÷ constant floor, {verb}",
                where,
                floor.loads[verb].rps / mine,
                "×",
                TARGET_FLOOR_RATIO,
            )
        )
        rows.append(
            row(
                f"mmbot ÷ SQL floor, {verb}",
                where,
                sql.loads[verb].rps / mine,
                "×",
                TARGET_SQL_FLOOR_RATIO,
            )
        )
    rows += [
        row("peak memory (PSS), mmbot serve", where, mmbot.peak_pss_mib, "MiB", TARGET_MEMORY_MIB),
        row("peak memory (PSS), SQL floor", where, sql.peak_pss_mib, "MiB", TARGET_MEMORY_MIB),
    ]
    return rows


def _notes(figures: dict[str, ServerFigures], seconds: tuple[float, float]) -> list[str]:
    mix = figures["mmbot"].loads["mix"]
    notes = [
        f"HTTP: {CONNECTIONS} connections; the mix {seconds[0]:g} s, each command "
        f"{seconds[1]:g} s, per server; mmbot answered {mix.answered}/{mix.requests} of the mix"
        + (
            f", answer p50/p99 {mix.answer.p50_ms:.0f}/{mix.answer.p99_ms:.0f} ms"
            if mix.answer
            else ""
        ),
    ]
    failures = [
        f"{name} {verb}: {load.errors} errors, {load.non_200} non-200, "
        f"{load.requests - load.answered if name != 'floor' else 0} unanswered"
        for name, server in figures.items()
        for verb, load in server.loads.items()
        if load.errors or load.non_200 or (name != "floor" and load.answered < load.requests)
    ]
    notes.append("HTTP failures: " + ("; ".join(failures) if failures else "none"))
    return notes


def run(*, quick: bool) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    """Rows for the table, details for the JSON, and notes (HTTP on the SQLite file)."""
    sizes = generate.QUICK if quick else generate.FULL
    seconds = (4.0, 2.0) if quick else (20.0, 5.0)
    org = generate.build_org(sizes)
    with databases.sqlite_database() as database:
        factory = open_store(database.url)
        generate.generate(factory, org)
        factory.engine.dispose()
        figures = measure(
            database.url, org, mix_seconds=seconds[0], verb_seconds=seconds[1], limit=40_000
        )
    details = {
        "sizes": asdict(sizes),
        "connections": CONNECTIONS,
        **{name: asdict(server) for name, server in figures.items()},
    }
    return _rows(figures, "http sqlite"), details, _notes(figures, seconds)
