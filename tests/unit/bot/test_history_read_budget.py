"""History reads are budgeted per workspace, so look-ups stay inside Slack's rate limits."""

from __future__ import annotations

from slackkit.posting import ReadBudget


def test_reads_beyond_the_budget_wait_for_the_sliding_minute_and_workspaces_do_not_share_it() -> (
    None
):
    now = [0.0]
    budget = ReadBudget(3, clock=lambda: now[0])

    assert [budget.take("T1") for _ in range(4)] == [True, True, True, False]
    assert budget.take("T2")
    now[0] = 59.9
    assert not budget.take("T1")
    now[0] = 60.0
    assert budget.take("T1")
