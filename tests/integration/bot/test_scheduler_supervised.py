"""A killed scheduler is restarted by `mmbot serve`; /healthz answers 503 while it is gone."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from bot.health_server import start_health_server
from bot.scheduler.health import SchedulerHealth
from domain.report_runs import Claim, RunOutcome
from storage.heartbeats import SqlHeartbeats
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.test_serve_scheduler import (  # due_workspace: a fixture
    LOG,
    due_workspace,  # noqa: F401
    free_port,
    serve,
    wait_until_healthy,
)
from tests.integration.report.conftest import WORKSPACE
from tests.support.slack_standin import SlackStandIn

# Fast beats and a short staleness limit; the restart waits long enough for /healthz to see it.
TIMING = {
    "MMBOT_SCHEDULER_HEARTBEAT_SECONDS": "0.2",
    "MMBOT_SCHEDULER_STALE_SECONDS": "1.5",
    "MMBOT_SCHEDULER_RESTART_SECONDS": "4",
    "MMBOT_SCHEDULER_SYNC_SECONDS": "0.5",
    "MMBOT_WORKERS": "1",
}
# Upper bounds only: a loaded machine takes many seconds to import and start a server.
START_TIMEOUT = 120.0
STARTED = re.compile(r"report scheduler process (\d+) started")


def health_status(port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return error.code


def wait_for_status(port: int, status: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    seen = None
    while time.monotonic() < deadline:
        if (seen := health_status(port)) == status:
            return
        time.sleep(0.1)
    raise AssertionError(f"/healthz on {port} answered {seen}, not {status}, for {timeout} s")


def scheduler_pids(log_dir: Path) -> list[int]:
    return [int(pid) for pid in STARTED.findall((log_dir / LOG).read_text())]


def report_posts(standin: SlackStandIn) -> dict[str, int]:
    counts: dict[str, int] = {}
    for post in standin.posts():
        assert post.metadata is not None
        run_id = post.metadata["event_payload"]["run_id"]
        counts[run_id] = counts.get(run_id, 0) + 1
    return counts


def schedule_for_this_minute(factory: SqlUnitOfWorkFactory) -> datetime:
    """Move the daily report to the current UTC minute: a scheduled time passes now."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with factory(WORKSPACE) as uow:
        settings = uow.workspaces.get()
        assert settings is not None
        schedule = f"{now.minute} {now.hour} * * *"
        uow.workspaces.save(
            settings.model_copy(update={"report_schedule": schedule, "timezone": "UTC"})
        )
        uow.commit()
    return now


@pytest.mark.slow
@pytest.mark.usefixtures("due_workspace")
def test_killed_schedulers_are_restarted_report_the_next_time_once_and_fail_health_meanwhile(
    database_url: str, uow_factory: SqlUnitOfWorkFactory, standin: SlackStandIn, tmp_path: Path
) -> None:
    dirs = [tmp_path / "a", tmp_path / "b"]
    ports = [free_port(), free_port()]
    servers: list[subprocess.Popen[bytes]] = []
    log_files: list[IO[str]] = []
    try:
        for log_dir, port in zip(dirs, ports, strict=True):
            log_dir.mkdir()
            log_files.append((log_dir / LOG).open("w"))
            servers.append(serve(database_url, standin, port, log_dir, log_files[-1], TIMING))
        for server, port in zip(servers, ports, strict=True):
            wait_until_healthy(f"http://127.0.0.1:{port}", server, timeout=START_TIMEOUT)
        standin.wait_for_posts(1, timeout=START_TIMEOUT)  # the missed run, made up by one
        first = [scheduler_pids(log_dir)[0] for log_dir in dirs]

        for pid in first:
            os.kill(pid, signal.SIGKILL)
        for port in ports:
            wait_for_status(port, 503, timeout=30)
        assert len(standin.posts()) == 1
        due = schedule_for_this_minute(uow_factory)  # passes while no scheduler runs

        for port in ports:
            wait_for_status(port, 200, timeout=START_TIMEOUT)
        standin.wait_for_posts(2, timeout=START_TIMEOUT)
        time.sleep(2)  # four syncs of each scheduler: a second copy would be here by now
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        for log_file in log_files:
            log_file.close()

    logs = [(log_dir / LOG).read_text() for log_dir in dirs]
    for log, pids, killed in zip(logs, (scheduler_pids(d) for d in dirs), first, strict=True):
        assert len(pids) == 2, log
        assert pids[0] == killed
        assert pids[1] != killed
        assert f"report scheduler process {killed} ended" in log
    next_run = Claim(WORKSPACE, due, token="", attempt=1).run_id
    counts = report_posts(standin)
    assert counts[next_run] == 1, counts
    assert set(counts.values()) == {1}
    assert len(counts) == 2
    with uow_factory(WORKSPACE, write=False) as uow:
        run = uow.report_runs.latest()
    assert run is not None
    assert (run.scheduled_for, run.outcome) == (due, RunOutcome.POSTED)


def test_health_needs_a_heartbeat_of_this_instance_within_the_staleness_limit(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    now = datetime(2025, 1, 15, 8, 0, tzinfo=UTC)
    clock = [now]
    heartbeats = SqlHeartbeats(uow_factory.engine)
    health = SchedulerHealth(heartbeats, "serve-a", stale_seconds=120, clock=lambda: clock[0])

    assert not health(), "no heartbeat yet"
    heartbeats.beat("serve-b", at=now, runner="b")
    assert not health(), "another instance's scheduler does not count"
    heartbeats.beat("serve-a", at=now, runner="a")
    assert health()
    clock[0] = now + timedelta(seconds=120)
    assert health()
    clock[0] = now + timedelta(seconds=121)
    assert not health()
    heartbeats.beat("serve-a", at=clock[0], runner="a2")
    assert health()


def test_socket_modes_health_server_answers_503_until_its_scheduler_beats(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    heartbeats = SqlHeartbeats(uow_factory.engine)
    health = SchedulerHealth(heartbeats, "socket", stale_seconds=120)
    probe = start_health_server("127.0.0.1", 0, health)
    try:
        assert health_status(probe.port) == 503
        heartbeats.beat("socket", at=datetime.now(UTC), runner="r")
        assert health_status(probe.port) == 200
    finally:
        probe.stop()
