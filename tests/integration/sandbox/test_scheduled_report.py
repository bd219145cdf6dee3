"""The sandbox's own report scheduler posts into its report channel when the schedule says."""

from __future__ import annotations

import copy
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.report_runs import RunOutcome
from sandbox import people
from sandbox.server import Sandbox

# The seed schedules the report for 09:00 on weekdays, Europe/Budapest (UTC+1 in winter).
SCHEDULED = datetime(2031, 1, 6, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Budapest


@pytest.mark.slow
def test_the_scheduled_report_is_posted_to_the_report_channel_once(tmp_path: Path) -> None:
    sandbox = Sandbox(port=0, directory=tmp_path)
    thread = sandbox.start_in_thread()
    try:
        deadline = time.monotonic() + 10
        while sandbox.scheduler is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sandbox.scheduler is not None
        # The scheduler's own runner (its store and poster), with its clock moved to just
        # after the scheduled time. A copy: the scheduler's sync job also calls its runner, at
        # start and every 30 s, and with the moved clock it could post before `first` does.
        runner = copy.copy(sandbox.scheduler.sync.runner)
        runner.clock = lambda: SCHEDULED.replace(second=30)

        first = runner.run_due(people.WORKSPACE_ID)
        again = runner.run_due(people.WORKSPACE_ID)
    finally:
        sandbox.shutdown()
        thread.join(timeout=10)

    posted = sandbox.state.history(people.REPORTS.id)
    assert first is RunOutcome.POSTED
    assert again is None
    assert len(posted) == 1
    assert posted[0].blocks[0]["text"]["text"] == "Multimedia profile report"
