"""Concurrent unsigned 64 MiB bodies against `mmbot serve`: the worker's peak memory.

`python -m bench.oversized_bodies [--bodies 16] [--mib 64] [--chunked]` starts `mmbot serve`
(one gthread worker, an SQLite file) on a loopback port in 18100-18199, sends the bodies at
once, each streamed from a generator (the client never holds one), and prints every
answer's status and each server process's peak RSS (VmHWM). Bodies over 1 MiB must be
refused with 413 before they are read: 16 of 64 MiB took a worker to 1.4 GiB when they were
read whole.
"""

from __future__ import annotations

import argparse
import http.client
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.databases import sqlite_database
from bench.servers import environment, loopback_port, running

PORTS = range(18100, 18200)
CHUNK = 64 * 1024
TARGET_WORKER_MIB = 300
SEND_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Figures:
    """What one run measured."""

    answers: Counter[str]
    peak_rss_mib: dict[str, float]  # per server process ("worker 123"): master, worker, scheduler
    seconds: float

    @property
    def worker_mib(self) -> float:
        """The worker's peak: the process that reads the requests."""
        return max(mib for name, mib in self.peak_rss_mib.items() if name.startswith("worker"))


def _body(size: int) -> Iterator[bytes]:
    chunk = b"payload=" + b"x" * (CHUNK - len(b"payload="))
    sent = 0
    while sent < size:
        part = chunk[: size - sent]
        sent += len(part)
        yield part


def send_one(port: int, size: int, *, chunked: bool) -> str:
    """One unsigned POST of `size` bytes; the status, or how the server ended it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=SEND_TIMEOUT_SECONDS)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if not chunked:
        headers["Content-Length"] = str(size)
    try:
        connection.request(
            "POST", "/slack/events", body=_body(size), headers=headers, encode_chunked=chunked
        )
        return str(connection.getresponse().status)
    except (BrokenPipeError, ConnectionResetError):
        # The server answered and closed without reading the rest: did the answer arrive?
        try:
            return f"{connection.getresponse().status} (closed early)"
        except (OSError, http.client.HTTPException):
            return "closed before the whole body was sent"
    except TimeoutError:
        return "timed out"
    finally:
        connection.close()


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _role(pid: int, master: int) -> str:
    if pid == master:
        return "master"
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    return "scheduler" if b"bot.scheduler.process" in command else "worker"


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        children = Path(f"/proc/{current}/task/{current}/children")
        if children.exists():
            pending.extend(int(child) for child in children.read_text().split())
    return found


def measure(bodies: int = 16, mib: int = 64, *, chunked: bool = False) -> Figures:
    """Start the server, send `bodies` concurrent bodies of `mib` MiB, read the peaks."""
    with sqlite_database() as database:
        env = environment(database.url, "http://127.0.0.1:9/api/")
        env |= {"PORT": str(loopback_port(PORTS)), "MMBOT_WORKERS": "1", "MMBOT_THREADS": "16"}
        with running(["-m", "mmbot", "serve"], env) as pid:
            answers: list[str] = []
            lock = threading.Lock()

            def send() -> None:
                answer = send_one(int(env["PORT"]), mib * 1024 * 1024, chunked=chunked)
                with lock:
                    answers.append(answer)

            threads = [threading.Thread(target=send) for _ in range(bodies)]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.monotonic() - started
            peaks = {
                f"{_role(process, pid)} {process}": _peak_rss_mib(process) for process in _tree(pid)
            }
    return Figures(Counter(answers), peaks, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=16)
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--chunked", action="store_true", help="no Content-Length: chunked")
    args = parser.parse_args()
    for chunked in (False, True) if not args.chunked else (True,):
        figures = measure(args.bodies, args.mib, chunked=chunked)
        kind = "chunked" if chunked else "with Content-Length"
        print(f"{args.bodies} concurrent unsigned {args.mib} MiB bodies, {kind}:")
        for answer, count in sorted(figures.answers.items()):
            print(f"  {count:3d} × {answer}")
        for process, peak in sorted(figures.peak_rss_mib.items()):
            print(f"  peak RSS (VmHWM), {process}: {peak:.0f} MiB")
        verdict = "under" if figures.worker_mib < TARGET_WORKER_MIB else "NOT under"
        print(
            f"  worker peak {figures.worker_mib:.0f} MiB, {verdict} {TARGET_WORKER_MIB} MiB;"
            f" all answered in {figures.seconds:.1f} s"
        )


if __name__ == "__main__":
    main()
