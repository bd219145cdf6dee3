"""Settings changed anywhere move the workspace's report job without a restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.scheduler.cron import WallClockTrigger, next_fire_time
from bot.scheduler.runner import ReportRunner
from bot.scheduler.service import SchedulerHandle, build_scheduler, job_id
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Clock, Command, Posted, at


@pytest.fixture
def handle(uow_factory: SqlUnitOfWorkFactory) -> Iterator[SchedulerHandle]:
    """A real scheduler, started paused so that no job runs by itself."""
    runner = ReportRunner(uow_factory, Posted(), clock=Clock(at(11, 7, 0)))
    handle = build_scheduler(uow_factory, runner)
    handle.scheduler.start(paused=True)
    yield handle
    handle.scheduler.shutdown(wait=False)


def next_report(handle: SchedulerHandle) -> object:
    job = handle.scheduler.get_job(job_id(WORKSPACE))
    assert job is not None
    assert isinstance(job.trigger, WallClockTrigger)
    return next_fire_time(job.trigger, at(11, 7, 0))


def test_the_sync_schedules_each_workspace_from_its_settings(
    handle: SchedulerHandle, workspace: Command
) -> None:
    handle.sync.run()
    assert next_report(handle) == at(11, 8, 0)


def test_changing_the_schedule_moves_the_next_run_at_the_next_sync(
    handle: SchedulerHandle, workspace: Command
) -> None:
    handle.sync.run()
    workspace('settings report_schedule="30 7 * * *" timezone=Europe/London')
    assert next_report(handle) == at(11, 8, 0), "moved before the sync ran"

    handle.sync.run()

    assert next_report(handle) == at(11, 7, 30)


def test_a_broken_schedule_drops_the_workspaces_job(
    handle: SchedulerHandle, workspace: Command, uow_factory: SqlUnitOfWorkFactory
) -> None:
    handle.sync.run()
    with uow_factory(WORKSPACE) as uow:
        settings = uow.workspaces.get()
        assert settings is not None
        uow.workspaces.save(settings.model_copy(update={"report_schedule": "0 25 * * *"}))
        uow.commit()

    handle.sync.run()

    assert handle.scheduler.get_job(job_id(WORKSPACE)) is None
