"""The scheduled report is posted once per workspace per scheduled time (SPEC §4)."""

from __future__ import annotations

import logging
import threading

import pytest

from bot.scheduler.runner import ReportRunner
from domain.report_runs import ReportRun, RunOutcome
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import (
    CHANNEL,
    WORKSPACE,
    Clock,
    Command,
    Posted,
    at,
    start_workspace,
)


def latest_run(factory: SqlUnitOfWorkFactory) -> ReportRun | None:
    with factory(WORKSPACE, write=False) as uow:
        return uow.report_runs.latest()


def race(runners: list[ReportRunner]) -> list[RunOutcome | None]:
    """Start every runner's run_due at the same moment, each in its own thread."""
    barrier = threading.Barrier(len(runners))
    outcomes: list[RunOutcome | None] = []

    def one(runner: ReportRunner) -> None:
        barrier.wait()
        outcomes.append(runner.run_due(WORKSPACE))

    threads = [threading.Thread(target=one, args=(runner,)) for runner in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_the_report_is_posted_at_its_scheduled_time_and_recorded(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    # Created on 10 January at 12:00 UTC, so the first scheduled time is the 11th.
    clock, posted = Clock(at(11, 7, 59)), Posted()
    runner = ReportRunner(uow_factory, posted, clock=clock)

    assert runner.run_due(WORKSPACE) is None  # 07:59 UTC is 08:59 in Budapest
    clock.now = at(11, 8, 0)
    assert runner.run_due(WORKSPACE) is RunOutcome.POSTED
    assert runner.run_due(WORKSPACE) is None

    assert [channel for channel, _ in posted.messages] == [CHANNEL]
    run = latest_run(uow_factory)
    assert run is not None
    assert run.scheduled_for == at(11, 8, 0)
    assert run.outcome is RunOutcome.POSTED
    assert run.message_ts == "1736928000.000001"


def test_two_schedulers_on_one_database_racing_at_the_same_time_post_once(
    database_url: str, workspace: Command
) -> None:
    engines = [make_engine(database_url) for _ in range(2)]
    posted = Posted()
    try:
        for day in (15, 16, 17, 18, 19):
            clock = Clock(at(day, 8, 0))
            runners = [
                ReportRunner(SqlUnitOfWorkFactory(engine), posted, clock=clock)
                for engine in engines
            ]
            outcomes = race(runners)
            assert sorted(outcomes, key=str) == [None, RunOutcome.POSTED]
    finally:
        for engine in engines:
            engine.dispose()

    assert len(posted.messages) == 5


def test_a_process_stopped_across_three_scheduled_times_makes_up_exactly_one_post(
    database_url: str, workspace: Command
) -> None:
    posted = Posted()
    first = make_engine(database_url)
    ReportRunner(SqlUnitOfWorkFactory(first), posted, clock=Clock(at(15, 8, 0))).run_due(WORKSPACE)
    first.dispose()  # the process stops; 16, 17 and 18 January pass

    second = make_engine(database_url)
    factory = SqlUnitOfWorkFactory(second)
    restarted = ReportRunner(factory, posted, clock=Clock(at(18, 12, 0)))
    try:
        assert restarted.run_due(WORKSPACE) is RunOutcome.POSTED
        assert restarted.run_due(WORKSPACE) is None
        run = latest_run(factory)
    finally:
        second.dispose()

    assert len(posted.messages) == 2
    assert run is not None
    assert run.scheduled_for == at(18, 8, 0)


def test_a_new_workspace_makes_up_nothing_from_before_it_existed(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    posted = Posted()
    # Created on 10 January at 12:00 UTC: the 08:00 run of that day predates it.
    ReportRunner(uow_factory, posted, clock=Clock(at(11, 7, 0))).run_due(WORKSPACE)
    assert posted.messages == []


def test_nothing_is_posted_when_both_lists_are_empty(
    uow_factory: SqlUnitOfWorkFactory, mm: Command
) -> None:
    start_workspace(uow_factory)
    posted = Posted()
    runner = ReportRunner(uow_factory, posted, clock=Clock(at(15, 8, 0)))

    assert runner.run_due(WORKSPACE) is RunOutcome.NOTHING_TO_REPORT
    assert posted.messages == []


def test_an_all_clear_is_posted_when_the_workspace_asks_for_one(
    uow_factory: SqlUnitOfWorkFactory, mm: Command
) -> None:
    start_workspace(uow_factory)
    with uow_factory(WORKSPACE) as uow:
        settings = uow.workspaces.get()
        assert settings is not None
        uow.workspaces.save(settings.model_copy(update={"report_all_clear": True}))
        uow.commit()
    posted = Posted()

    ReportRunner(uow_factory, posted, clock=Clock(at(15, 8, 0))).run_due(WORKSPACE)

    assert len(posted.messages) == 1
    assert "All clear" in str(posted.messages[0][1].blocks)


def test_a_workspace_without_a_report_channel_is_skipped_and_logged(
    uow_factory: SqlUnitOfWorkFactory, mm: Command, caplog: pytest.LogCaptureFixture
) -> None:
    start_workspace(uow_factory, channel=None)
    mm("create Spare type=blended chat=2")
    posted = Posted()

    with caplog.at_level(logging.WARNING, logger="bot.scheduler.runner"):
        outcome = ReportRunner(uow_factory, posted, clock=Clock(at(15, 8, 0))).run_due(WORKSPACE)

    assert outcome is RunOutcome.NO_CHANNEL
    assert posted.messages == []
    assert f"report {WORKSPACE}/2025-01-15T08:00Z not posted: no_channel" in caplog.text
