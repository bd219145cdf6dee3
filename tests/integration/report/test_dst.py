"""Two schedulers through a daylight-saving change post one report per local day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.report_runs import RunOutcome
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import Clock, Command
from tests.integration.report.replicas import race, reports_for, schedulers, slack_poster
from tests.support.slack_standin import SlackStandIn

STEP = timedelta(minutes=30)  # lands on every :30, the schedule's minute


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # Autumn: 02:30 exists twice on 26 October (00:30 and 01:30 UTC); posted at the first.
        (
            utc(2025, 10, 25, 0, 30),
            [utc(2025, 10, 25, 0, 30), utc(2025, 10, 26, 0, 30), utc(2025, 10, 27, 1, 30)],
        ),
        # Spring: 02:30 does not exist on 30 March; posted once, at 03:30 summer time.
        (
            utc(2025, 3, 29, 1, 30),
            [utc(2025, 3, 29, 1, 30), utc(2025, 3, 30, 1, 30), utc(2025, 3, 31, 0, 30)],
        ),
    ],
    ids=["autumn", "spring"],
)
def test_a_daily_report_in_the_changed_hour_is_posted_once_per_local_day(
    database_url: str,
    uow_factory: SqlUnitOfWorkFactory,
    workspace: Command,
    start: datetime,
    expected: list[datetime],
) -> None:
    workspace('settings report_schedule="30 2 * * *"')  # Europe/Budapest
    clock = Clock(start)
    outcomes = []
    with (
        SlackStandIn() as slack,
        schedulers(database_url, clock, [slack_poster(slack), slack_poster(slack)]) as runners,
    ):
        while clock.now < start + timedelta(days=2, hours=12):
            outcomes.extend(race(runners))
            clock.now += STEP

    assert outcomes.count(RunOutcome.POSTED) == len(expected)
    assert set(outcomes) == {None, RunOutcome.POSTED}
    for scheduled in expected:
        assert len(reports_for(slack, scheduled)) == 1, scheduled
    assert len(slack.posts()) == len(expected)
