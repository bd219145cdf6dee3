"""`mmbot serve` runs the report scheduler once per serve process and stops it on SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from domain.report_runs import RunOutcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import CHANNEL, WORKSPACE, start_workspace
from tests.support.signing import SIGNING_SECRET
from tests.support.slack_standin import Call, SlackStandIn

ROOT = Path(__file__).resolve().parents[3]
STARTED = "report scheduler started"
LOG = "serve.log"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_healthy(base_url: str, server: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "mmbot serve exited early"
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise AssertionError("mmbot serve did not answer /healthz")


def wait_for_post(standin: SlackStandIn, tmp_path: Path) -> list[Call]:
    try:
        return standin.wait_for("chat.postMessage", 1, timeout=30)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{(tmp_path / LOG).read_text()}") from None


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn() as slack:
        yield slack


@pytest.fixture
def due_workspace(uow_factory: SqlUnitOfWorkFactory) -> None:
    """T1 created long ago, reporting daily to CHANNEL, with an unassigned profile: a run was missed."""
    from tests.integration.bot.conftest import seed

    start_workspace(uow_factory)
    seed(uow_factory, "create Spare type=blended chat=2")


def serve(
    database_url: str,
    standin: SlackStandIn,
    port: int,
    tmp_path: Path,
    log: IO[str],
    extra_env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": standin.api_url,
        "PORT": str(port),
        "MMBOT_WORKERS": "2",
        "MMBOT_THREADS": "2",
        **(extra_env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "mmbot", "--log-level", "INFO", "serve"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        # A file, not a pipe: nobody reads a pipe while the server runs, and a full one blocks it.
        stderr=log,
    )


@pytest.mark.slow
@pytest.mark.usefixtures("due_workspace")
def test_serve_makes_up_a_missed_report_exactly_once_and_stops_cleanly_on_sigterm(
    database_url: str,
    uow_factory: SqlUnitOfWorkFactory,
    standin: SlackStandIn,
    tmp_path: Path,
) -> None:
    port = free_port()
    with (tmp_path / LOG).open("w") as log_file:
        server = serve(database_url, standin, port, tmp_path, log_file)
    try:
        posted = wait_for_post(standin, tmp_path)
        wait_until_healthy(f"http://127.0.0.1:{port}", server)
        time.sleep(1.0)  # a second scheduler (say, one per worker) would have run by now
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    log = (tmp_path / LOG).read_text()

    assert code == 0, log
    assert [call.params["channel"] for call in standin.calls_to("chat.postMessage")] == [CHANNEL]
    assert "Spare" in str(posted[0].params["blocks"])
    assert log.count(STARTED) == 1, log
    assert "report scheduler stopped" in log
    assert "Traceback" not in log
    with uow_factory(WORKSPACE, write=False) as uow:
        run = uow.report_runs.latest()
    assert run is not None
    assert run.outcome is RunOutcome.POSTED
    assert (run.inactive_count, run.unassigned_count) == (0, 1)
    # host:pid:random — the claim is the scheduler process's, started once by gunicorn's master.
    claimant = int(run.claimed_by.split(":")[1])
    assert f"report scheduler process {claimant} started" in log
    assert claimant != server.pid
    assert claimant not in worker_pids(log)
    assert len(worker_pids(log)) == 2


def worker_pids(log: str) -> set[int]:
    return {int(pid) for pid in re.findall(r"Booting worker with pid: (\d+)", log)}
