"""`python -m bench.profile_command [--verb list] [--count 300] [--db PATH] [--out FILE]`:
where a signed slash command's CPU goes, in `mmbot serve`'s WSGI app, in process.

Builds the generated workspace in a SQLite file (kept with `--db`, so later runs skip the
build), then sends `--count` signed `/mmprofile` commands straight into the same WSGI app
that gunicorn serves (Bolt's adapter, signature check, listener, background pool, the
answer in the ack), with cProfile on every thread, and prints the merged profile. It is a
profile, not a timing: the in-process and HTTP benchmarks are in `bench.run`.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench import generate
from bench.http_bench import command_texts
from bench.http_load import signed_command
from bench.standin import BenchStandIn
from bot.bootstrap import app_on, store
from bot.config import BotConfig
from bot.ids import EVENTS_PATH
from bot.wsgi import SlackWsgiApp
from storage.bootstrap import open_store

_PROFILES: list[cProfile.Profile] = []
_LOCK = threading.Lock()


def _profile_new_threads(*_: object) -> None:
    # Installed with threading.setprofile: the first event in a new thread swaps this hook
    # for a cProfile profiler of that thread (Bolt's and mmbot's pools start threads lazily).
    profile = cProfile.Profile()
    with _LOCK:
        _PROFILES.append(profile)
    profile.enable()


def _environ(body: bytes, headers: dict[str, str]) -> dict[str, Any]:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": EVENTS_PATH,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "0",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": headers["Content-Type"],
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
    }
    for name, value in headers.items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    return environ


def _database(path: Path, quick: bool) -> str:
    url = f"sqlite:///{path}"
    if not path.exists():
        seconds = generate.generate(open_store(url), generate.build_org(_sizes(quick)))
        print(f"workspace built in {seconds:.1f} s at {path}", file=sys.stderr)
    return url


def _sizes(quick: bool) -> generate.Sizes:
    return generate.QUICK if quick else generate.FULL


def _recorder(statuses: list[str]) -> Any:
    def start_response(status: str, _headers: object) -> None:
        statuses.append(status)

    return start_response


def _send(app: SlackWsgiApp, secret: str, texts: Iterable[str], response_url: str) -> int:
    failures = 0
    for text in texts:
        body, headers = signed_command(
            secret, generate.BENCH_WORKSPACE, "UBENCH", text, response_url
        )
        statuses: list[str] = []
        b"".join(app(_environ(body, headers), _recorder(statuses)))
        failures += not statuses[0].startswith("200")
    return failures


def main() -> None:
    """Profile `--count` commands of one verb (or the bench's mix) and print the top entries."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile_command", description=__doc__)
    parser.add_argument("--verb", default="list", help="effective|show|usage|list|mix")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--db", type=Path, help="SQLite file of the workspace (built if absent)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the workspace's size")
    parser.add_argument("--out", type=Path, help="also write the pstats file here")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--no-profile", action="store_true", help="only the CPU per command")
    args = parser.parse_args()
    size = "quick" if args.quick else "full"
    path = args.db or Path(tempfile.gettempdir()) / f"mmbot-profile-{size}.db"
    url = _database(path, args.quick)
    org = generate.build_org(_sizes(args.quick))
    texts = command_texts(org, args.count, args.verb)
    secret = secrets.token_hex(16)
    with BenchStandIn() as slack:
        config = BotConfig(
            bot_token="xoxb-bench",
            signing_secret=secret,
            slack_api_url=f"{slack.base_url}/api/",
            database_url=url,
        )
        # Before the app exists, so its pools' threads are profiled from their start; the
        # first commands' one-time costs are in the profile, a small part of --count.
        if not args.no_profile:
            threading.setprofile(_profile_new_threads)
        app = SlackWsgiApp(app_on(config, store(url)))
        if args.no_profile:  # without a profiler, first commands' one-time costs can go first
            _send(app, secret, texts[:20], slack.response_url("warm"))
        main_profile = cProfile.Profile()
        started = time.perf_counter()
        cpu = time.process_time()
        if not args.no_profile:
            main_profile.enable()
        failures = _send(app, secret, texts, slack.response_url("bench"))
        main_profile.disable()
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - started
        threading.setprofile(None)
    print(
        f"{args.count} × {args.verb}: {wall:.2f} s wall, {cpu:.2f} s CPU of the process "
        f"({1000 * cpu / args.count:.2f} ms CPU per command), {failures} failed"
    )
    if args.no_profile:
        return
    stats = pstats.Stats(main_profile)
    for profile in _PROFILES:
        profile.disable()
        stats.add(profile)
    if args.out:
        stats.dump_stats(str(args.out))
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
