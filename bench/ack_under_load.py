"""Acks under load with a slow Slack: `mmbot serve` on loopback, signed slash commands from
many connections, Slack's Web API and response_url answering only after a delay.

Prints ack p50/p99/max (measured by the client), the commands refused "busy" (a clear
answer, nothing queued), and the lost ones (acknowledged, then never answered).

    python -m bench.ack_under_load --commands 500 --connections 32 --slack-delay 5
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.http_load import signed_command
from bench.servers import loopback_port, wait_healthy
from bench.slow_slack import SlowSlack
from bench.timing import summarise
from bot.ids import EVENTS_PATH
from domain.messages import t
from domain.services.workspaces import ensure_workspace
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory

ROOT = Path(__file__).resolve().parents[1]
WORKSPACE = "T1"
PORTS = range(18200, 18300)
ACK_TIMEOUT_SECONDS = 10
BUSY = t("en", "slack.busy")


@dataclass(frozen=True)
class Command:
    """One slash command to send: its response key, who sends it, its text."""

    key: str
    user: str
    text: str


@dataclass(frozen=True)
class Sent:
    """What the client saw of one command: HTTP status, seconds to the ack, the ack's body."""

    command: Command
    status: int
    seconds: float
    ack: dict[str, Any] | None

    @property
    def busy(self) -> bool:
        return self.ack is not None and self.ack.get("text") == BUSY

    @property
    def answered_in_ack(self) -> bool:
        return self.ack is not None and "text" in self.ack and not self.busy


@dataclass(frozen=True)
class Figures:
    sent: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    over_3s: int
    not_200: int
    busy: int
    lost: int

    def lines(self) -> list[str]:
        return [
            f"commands {self.sent}",
            f"ack p50 {self.p50_ms:.0f} ms  p99 {self.p99_ms:.0f} ms  max {self.max_ms:.0f} ms",
            f"acks over 3 s {self.over_3s}",
            f"not 200 {self.not_200}",
            f"busy {self.busy}",
            f"lost {self.lost}",
        ]


def creates(count: int, users: int) -> list[Command]:
    """`create P<n> type=blended voice=1` from `users` different administrators in turn."""
    return [
        Command(f"c{n}", admin(n % users), f"create P{n} type=blended voice=1")
        for n in range(count)
    ]


def admin(n: int) -> str:
    return f"UADM{n:04d}"


def prepared_database(path: Path) -> str:
    """A migrated SQLite file with the workspace in it."""
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    ensure_workspace(SqlUnitOfWorkFactory(engine), WORKSPACE)
    engine.dispose()
    return url


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen[bytes]
    port: int
    secret: str
    log: Path


@contextmanager
def serving(
    database_url: str,
    slack: SlowSlack,
    *,
    users: int,
    workers: int = 2,
    threads: int = 32,
    configured_admins: bool = True,
) -> Iterator[Server]:
    """`mmbot serve` on a loopback port, ready once /healthz answers; stopped if still running.

    The `users` administrators are configured (MMBOT_ADMIN_USERS) unless `configured_admins`
    is false: then each user's first command asks Slack whether they are one (users.info,
    as slow as `slack`), so its answer cannot be ready within the ack.
    """
    port = loopback_port(PORTS)
    secret = secrets.token_hex(16)
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MMBOT_"))}
    env = {
        **keep,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-load",
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": slack.api_url,
        "MMBOT_HOST": "127.0.0.1",
        "PORT": str(port),
        "MMBOT_WORKERS": str(workers),
        "MMBOT_THREADS": str(threads),
        "MMBOT_ADMIN_USERS": ",".join(admin(n) for n in range(users)) if configured_admins else "",
    }
    with tempfile.TemporaryDirectory(prefix="mmbot-load-") as workdir:  # no .env there
        log = Path(workdir) / "server.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "mmbot", "--log-level", "INFO", "serve"],
                cwd=workdir,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=output,
            )
        try:
            wait_healthy(port, process, log)
            yield Server(process, port, secret, log)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=90)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def send_all(
    server: Server, slack: SlowSlack, commands: Sequence[Command], connections: int
) -> list[Sent]:
    """Send every command, `connections` at a time over keep-alive connections."""
    queue = list(reversed(commands))
    lock = threading.Lock()
    sent: list[Sent] = []

    def client() -> None:
        connection = http.client.HTTPConnection(
            "127.0.0.1", server.port, timeout=ACK_TIMEOUT_SECONDS
        )
        while True:
            with lock:
                if not queue:
                    break
                command = queue.pop()
            outcome = _send(connection, server, slack, command)
            if outcome is None:  # an idle keep-alive connection closed by the server
                connection.close()
                connection = http.client.HTTPConnection(
                    "127.0.0.1", server.port, timeout=ACK_TIMEOUT_SECONDS
                )
                outcome = _send(connection, server, slack, command) or Sent(command, 0, 0.0, None)
            with lock:
                sent.append(outcome)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sent


def _send(
    connection: http.client.HTTPConnection, server: Server, slack: SlowSlack, command: Command
) -> Sent | None:
    body, headers = signed_command(
        server.secret, WORKSPACE, command.user, command.text, slack.response_url(command.key)
    )
    begun = time.perf_counter()
    try:
        connection.request("POST", EVENTS_PATH, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read()
    except (OSError, http.client.HTTPException):
        return None
    took = time.perf_counter() - begun
    ack = json.loads(payload) if payload.startswith(b"{") else None
    return Sent(command, response.status, took, ack)


def lost(sent: Sequence[Sent], slack: SlowSlack, timeout: float) -> set[str]:
    """Keys of commands acknowledged (not busy), answered neither in the ack nor later."""
    owed = {s.command.key for s in sent if s.status == 200 and not s.busy and not s.answered_in_ack}
    return slack.wait_for_answers(owed, timeout)


def figures(sent: Sequence[Sent], lost_keys: set[str]) -> Figures:
    latency = summarise([s.seconds for s in sent])
    return Figures(
        sent=len(sent),
        p50_ms=latency.p50_ms,
        p99_ms=latency.p99_ms,
        max_ms=latency.max_ms,
        over_3s=sum(1 for s in sent if s.seconds >= 3.0),
        not_200=sum(1 for s in sent if s.status != 200),
        busy=sum(1 for s in sent if s.busy),
        lost=len(lost_keys),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commands", type=int, default=500)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--slack-delay", type=float, default=5.0)
    parser.add_argument("--users", type=int, default=32, help="distinct administrators")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=32)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mmbot-load-db-") as folder:
        url = prepared_database(Path(folder) / "mmbot.db")
        with (
            SlowSlack(args.slack_delay) as slack,
            serving(
                url, slack, users=args.users, workers=args.workers, threads=args.threads
            ) as server,
        ):
            sent = send_all(server, slack, creates(args.commands, args.users), args.connections)
            missing = lost(sent, slack, timeout=max(30.0, 6 * args.slack_delay))
    print(
        f"ack under load: {args.connections} connections, Slack answering after "
        f"{args.slack_delay:g} s, {args.workers} workers x {args.threads} threads"
    )
    for line in figures(sent, missing).lines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
