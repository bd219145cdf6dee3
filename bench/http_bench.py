"""Signed slash commands over HTTP to `mmbot serve`, against a bare Bolt app as the floor.

Both run as real gunicorn subprocesses with the product's worker settings, on a free
loopback port, with SLACK_API_URL pointed at a local stand-in; mmbot serves the generated
large workspace. The figures: acknowledged requests per second, ack latency (what Slack
waits for), answer latency (until respond() reaches the stand-in), and the peak RSS of
the server's whole process tree.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import databases, generate
from bench.http_load import Load, LoadResult
from bench.memory import TreeSampler
from bench.report import row
from bench.standin import BenchStandIn
from bench.timing import Latency, summarise
from bot.ids import HEALTH_PATH
from storage.bootstrap import open_store
from storage.bulk import BulkOrg

ROOT = Path(__file__).resolve().parents[1]
CONNECTIONS = 32
TARGET_RPS = 300
TARGET_P99_MS = 100
TARGET_FLOOR_RATIO = 1.5
TARGET_MEMORY_MIB = 250
ANSWER_WAIT_SECONDS = 30
START_WAIT_SECONDS = 60
MIX = (("effective", 4), ("show", 3), ("list", 1), ("usage", 2))


@dataclass(frozen=True)
class ServerFigures:
    requests: int
    seconds: float
    rps: float
    ack: Latency
    errors: int
    non_200: int
    peak_rss_mib: float
    peak_pss_mib: float
    answered: int
    answer: Latency | None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def command_texts(org: BulkOrg, count: int, seed: int = 5) -> list[str]:
    """A realistic mix of read commands on the generated workspace."""
    rng = random.Random(seed)
    used = sorted({s.profile for s in org.sites if s.profile >= 0})
    verbs = [verb for verb, weight in MIX for _ in range(weight)]
    texts = []
    for _ in range(count):
        verb = rng.choice(verbs)
        if verb == "effective":
            texts.append(f'effective "{rng.choice(org.agents).name}"')
        elif verb == "show":
            texts.append(f'show "{rng.choice(org.profiles).spec.name}"')
        elif verb == "usage":
            texts.append(f'usage "{org.profiles[rng.choice(used)].spec.name}"')
        else:
            texts.append("list")
    return texts


@contextmanager
def _server(argv: list[str], env: dict[str, str], port: int) -> Iterator[int]:
    """Start a server subprocess, wait for /healthz, yield its pid, stop it with SIGTERM."""
    with tempfile.TemporaryDirectory(prefix="mmbot-serve-") as workdir:  # no .env there
        log = Path(workdir) / "server.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, *argv],
                cwd=workdir,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=output,
            )
            try:
                _wait_healthy(port, process, log)
                yield process.pid
            finally:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_WAIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{HEALTH_PATH}", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer /healthz within {START_WAIT_SECONDS} s")


def _wait_for_answers(standin: BenchStandIn, result: LoadResult) -> None:
    deadline = time.monotonic() + ANSWER_WAIT_SECONDS
    while time.monotonic() < deadline and not set(result.sent_at) <= (
        set(standin.answered) | set(result.answered_in_ack)
    ):
        time.sleep(0.1)


def _figures(
    result: LoadResult, sampler: TreeSampler, standin: BenchStandIn | None
) -> ServerFigures:
    answer = None
    answered = 0
    if standin is not None:
        answered_at = {**standin.answered, **result.answered_in_ack}
        waits = [answered_at[k] - t for k, t in result.sent_at.items() if k in answered_at]
        answered = len(waits)
        answer = summarise(waits) if waits else None
    return ServerFigures(
        requests=len(result.latencies),
        seconds=result.seconds,
        rps=len(result.latencies) / result.seconds,
        ack=summarise(result.latencies),
        errors=result.errors,
        non_200=sum(n for status, n in result.statuses.items() if status != 200),
        peak_rss_mib=sampler.peak_mib,
        peak_pss_mib=sampler.peak_pss_mib,
        answered=answered,
        answer=answer,
    )


def measure_server(
    argv: list[str],
    env: dict[str, str],
    texts: list[str],
    standin: BenchStandIn,
    *,
    seconds: float,
    limit: int,
    answers: bool,
    tag: str,
) -> ServerFigures:
    """Warm the server up, then load it for `seconds` (at most `limit` requests)."""
    port = int(env["PORT"])
    load = Load(
        port, env["SLACK_SIGNING_SECRET"], generate.BENCH_WORKSPACE, CONNECTIONS, seconds, limit
    )
    with _server(argv, env, port) as pid:
        warm = Load(port, load.secret, load.workspace, CONNECTIONS, 2.0, limit)
        warm.run(
            lambda n: texts[n % len(texts)],
            standin.response_url,
            f"{tag}-warm",
            standin.wait if answers else None,
        )
        with TreeSampler(pid, interval=0.1) as sampler:
            result = load.run(
                lambda n: texts[-1 - n % len(texts)],
                standin.response_url,
                tag,
                standin.wait if answers else None,
            )
            if answers:
                _wait_for_answers(standin, result)
        return _figures(result, sampler, standin if answers else None)


def _environment(database_url: str, standin: BenchStandIn) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MMBOT_"))}
    return {
        **keep,
        "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": secrets.token_hex(16),
        "SLACK_API_URL": f"{standin.base_url}/api/",
        "DATABASE_URL": database_url,
        "MMBOT_HOST": "127.0.0.1",
        "PORT": str(_free_port()),
    }


def run(*, quick: bool) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    """Rows for the table, details for the JSON, and notes."""
    sizes = generate.QUICK if quick else generate.FULL
    seconds, limit = (5.0, 5_000) if quick else (20.0, 40_000)
    org = generate.build_org(sizes)
    texts = command_texts(org, 4_000)
    with databases.sqlite_database() as database, BenchStandIn() as standin:
        factory = open_store(database.url)
        generate.generate(factory, org)
        factory.engine.dispose()
        env = _environment(database.url, standin)
        floor = measure_server(
            ["-m", "bench.floor_server"],
            env,
            texts,
            standin,
            answers=False,
            tag="floor",
            seconds=seconds,
            limit=limit,
        )
        env["PORT"] = str(_free_port())
        mmbot = measure_server(
            ["-m", "mmbot", "serve"],
            env,
            texts,
            standin,
            answers=True,
            tag="mmbot",
            seconds=seconds,
            limit=limit,
        )
    ratio = floor.rps / mmbot.rps
    where = "http sqlite"
    rows = [
        row("req/s, mmbot serve", where, mmbot.rps, "req/s", TARGET_RPS, at_least=True),
        row("ack p50, mmbot serve", where, mmbot.ack.p50_ms, "ms", TARGET_P99_MS),
        row("ack p99, mmbot serve", where, mmbot.ack.p99_ms, "ms", TARGET_P99_MS),
        row("req/s, bare Bolt floor", where, floor.rps, "req/s", TARGET_RPS, at_least=True),
        row("ack p99, bare Bolt floor", where, floor.ack.p99_ms, "ms", TARGET_P99_MS),
        row("floor req/s ÷ mmbot req/s", where, ratio, "×", TARGET_FLOOR_RATIO),
        row("peak memory (PSS), mmbot serve", where, mmbot.peak_pss_mib, "MiB", TARGET_MEMORY_MIB),
        row("peak memory (PSS), floor", where, floor.peak_pss_mib, "MiB", TARGET_MEMORY_MIB),
        row("peak RSS summed, mmbot serve", where, mmbot.peak_rss_mib, "MiB", TARGET_MEMORY_MIB),
    ]
    notes = [
        f"HTTP: {CONNECTIONS} connections, {seconds:g} s per server, "
        f"{mmbot.answered}/{mmbot.requests} mmbot commands answered (in the ack or via response_url)"
        + (
            f", answer p50/p99 {mmbot.answer.p50_ms:.0f}/{mmbot.answer.p99_ms:.0f} ms"
            if mmbot.answer
            else ""
        ),
    ]
    if mmbot.errors or mmbot.non_200 or floor.errors or floor.non_200:
        notes.append(
            f"HTTP failures: mmbot {mmbot.errors} errors, {mmbot.non_200} non-200; "
            f"floor {floor.errors} errors, {floor.non_200} non-200"
        )
    details = {
        "sizes": asdict(sizes),
        "connections": CONNECTIONS,
        "mmbot": asdict(mmbot),
        "floor": asdict(floor),
    }
    return rows, details, notes
