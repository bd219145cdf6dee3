"""Server subprocesses for the HTTP benchmark: started on a free loopback port with the
product's environment, ready once /healthz answers, stopped with SIGTERM."""

from __future__ import annotations

import os
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
from pathlib import Path

from bot.ids import HEALTH_PATH

ROOT = Path(__file__).resolve().parents[1]
START_WAIT_SECONDS = 60


def loopback_port(ports: range) -> int:
    """A port of `ports` that nobody listens on now (a helper's own range on a shared machine)."""
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port in {ports.start}-{ports.stop - 1}")


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def environment(database_url: str, slack_api_url: str) -> dict[str, str]:
    """What `mmbot serve` and the floors read: a fresh signing secret, a free port."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MMBOT_"))}
    return {
        **keep,
        "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": secrets.token_hex(16),
        "SLACK_API_URL": slack_api_url,
        "DATABASE_URL": database_url,
        "MMBOT_HOST": "127.0.0.1",
        "PORT": str(free_port()),
    }


@contextmanager
def running(argv: list[str], env: dict[str, str]) -> Iterator[int]:
    """Start `python argv…`, wait for /healthz on env's PORT, yield its pid, stop it."""
    port = int(env["PORT"])
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
                wait_healthy(port, process, log)
                yield process.pid
            finally:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    """Return once /healthz answers on `port`; the log's tail if the server exits first."""
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
