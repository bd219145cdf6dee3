"""A process killed with SIGKILL in the middle of a big change leaves the database as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from domain.audit import Actor
from domain.commands.grammar import parse
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.faults import killed_child
from tests.integration.faults.snapshot import snapshot
from tests.support.commands import run

ROOT = Path(__file__).resolve().parents[3]
ROWS = 200_000  # far more than the child writes before it is killed
MID = 600  # agents; with their team memberships and audit records, ~1,800 rows
STARTUP_TIMEOUT = 60
ADMIN = Actor(kind="cli", id="ops", name="ops")


def command(factory: SqlUnitOfWorkFactory, line: str) -> str:
    reply = run(
        parse(line),
        factory=factory,
        workspace_id=killed_child.WORKSPACE,
        actor=ADMIN,
        is_admin=True,
    )
    return reply.as_text()


def start_child(database_url: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MMBOT_CHILD_ROWS": str(ROWS),
        "MMBOT_CHILD_MID": str(MID),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.faults.killed_child"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when_mid_way(child: subprocess.Popen[str], wal: Path | None) -> None:
    assert child.stdout is not None
    try:
        line = child.stdout.readline()
        assert line.strip() == "MID", (
            f"child said {line!r}; stderr: {child.stderr and child.stderr.read()}"
        )
        child.send_signal(signal.SIGKILL)
        if wal is not None:
            # Uncommitted pages really reached the WAL file: recovery has to ignore them.
            assert wal.stat().st_size > 0
    finally:
        child.kill()
        child.wait(STARTUP_TIMEOUT)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_a_change_killed_mid_transaction_leaves_every_row_as_it_was(
    database_url: str, engine: Engine, uow_factory: SqlUnitOfWorkFactory
) -> None:
    for line in (
        "settings multimedia=on",
        "site add Pest",
        "team add Desk site=Pest",
        "agent add Ann team=Desk",
    ):
        command(uow_factory, line)
    engine.dispose()
    before = snapshot(engine)

    database = make_url(database_url).database if engine.dialect.name == "sqlite" else None
    # Leaving the `with` closes the child's pipes, so no file is left for the collector.
    with start_child(database_url) as child:
        kill_when_mid_way(child, Path(f"{database}-wal") if database else None)

    engine.dispose()  # fresh connections, as a restarted bot would open
    assert snapshot(engine) == before
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    # The store is usable at once: no lock or half-written row is left behind.
    assert "Bulk 0" in command(uow_factory, 'agent add "Bulk 0" team=Desk')
