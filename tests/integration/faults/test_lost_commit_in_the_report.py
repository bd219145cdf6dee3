"""The scheduled report when a COMMIT answer is lost: no step whose COMMIT may have landed is
run again blindly, and the report is posted exactly once."""

from __future__ import annotations

import logging

import pytest

from bot.scheduler.runner import ReportRunner
from bot.scheduler.service import build_scheduler
from domain.commands.grammar import parse
from domain.errors import CommitOutcomeUnknown, StoreUnreachable
from domain.report_runs import RunOutcome
from tests.integration.faults.conftest import CliRunner, Proxied
from tests.integration.report.conftest import ADMIN, WORKSPACE, Clock, Posted, at, start_workspace
from tests.integration.report.replicas import POLICY, latest_run
from tests.support.commands import run
from tests.support.texts import english

DUE = at(15, 8, 0)
pytestmark = pytest.mark.postgres


@pytest.fixture
def reporting(proxied_store: Proxied) -> Proxied:
    """T1 reporting to a channel, with an unassigned profile to report and nothing posted yet."""
    start_workspace(proxied_store.direct)
    command = parse("create Spare type=blended chat=2")
    run(command, factory=proxied_store.direct, workspace_id=WORKSPACE, actor=ADMIN, is_admin=True)
    return proxied_store


def _runner(proxied: Proxied, posted: Posted, clock: Clock, name: str) -> ReportRunner:
    return ReportRunner(proxied.factory, posted, runner_id=name, clock=clock, policy=POLICY)


def test_a_claim_whose_commit_answer_is_lost_is_not_posted_until_taken_over_then_posted_once(
    reporting: Proxied,
) -> None:
    posted, clock = Posted(), Clock(DUE)
    reporting.proxy.drop_next_commit(after="INSERT INTO report_runs")

    with pytest.raises(CommitOutcomeUnknown):
        _runner(reporting, posted, clock, "first").run_due(WORKSPACE)

    run = latest_run(reporting.direct)
    assert run is not None
    assert run.pending, "the claim was stored, its owner never heard so"
    assert posted.messages == []
    second = _runner(reporting, posted, clock, "second")
    assert second.run_due(WORKSPACE) is None, "taken over while its lease still ran"
    clock.now += POLICY.lease
    assert second.run_due(WORKSPACE) is RunOutcome.POSTED
    assert second.run_due(WORKSPACE) is None
    assert len(posted.messages) == 1


def test_a_post_whose_record_lost_its_commit_answer_is_posted_once_and_recorded(
    reporting: Proxied, caplog: pytest.LogCaptureFixture
) -> None:
    posted, clock = Posted(), Clock(DUE)
    reporting.proxy.drop_next_commit(after="message_ts=")
    runner = _runner(reporting, posted, clock, "only")

    with caplog.at_level(logging.WARNING):
        assert runner.run_due(WORKSPACE) is RunOutcome.POSTED
    assert reporting.proxy.dropped_commits == 1
    recorded = latest_run(reporting.direct)
    assert recorded is not None
    assert (recorded.outcome, recorded.message_ts) == (RunOutcome.POSTED, "1736928000.000001")
    clock.now += POLICY.lease * 3
    assert runner.run_due(WORKSPACE) is None
    assert len(posted.messages) == 1
    assert "could not confirm whether the change was saved" in caplog.text


def test_the_report_command_on_a_database_cut_off_says_it_cannot_reach_it(
    reporting: Proxied, mmbot: CliRunner
) -> None:
    reporting.proxy.cut()

    result = mmbot(reporting.url, "report", "--print", "--workspace", WORKSPACE)

    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == english(StoreUnreachable())
    assert "Traceback" not in result.err


def test_the_report_sync_on_a_database_cut_off_says_so_in_one_warning_and_runs_again_later(
    reporting: Proxied, caplog: pytest.LogCaptureFixture
) -> None:
    posted, clock = Posted(), Clock(DUE)
    sync = build_scheduler(reporting.factory, _runner(reporting, posted, clock, "only")).sync
    reporting.proxy.cut()

    with caplog.at_level(logging.INFO):
        sync.run()

    (record,) = [r for r in caplog.records if r.name == "bot.scheduler.service"]
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert english(StoreUnreachable()) in record.getMessage()
    reporting.proxy.restore()
    sync.run()
    assert len(posted.messages) == 1
