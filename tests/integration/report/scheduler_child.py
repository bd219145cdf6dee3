"""Child process of the SIGKILL test: one scheduler running the due report of T1 once.

Its lease (MMBOT_CHILD_LEASE seconds) is short so that the test's other scheduler may
take the run over soon after the kill. It prints CLAIMED-free output only at the end,
which the test never lets it reach: it is killed while Slack holds its post's answer.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

from bot.scheduler.runner import ReportRunner
from domain.services.report_runs import RunPolicy
from slackkit.client import make_web_client
from slackkit.posting import SlackReportPoster
from storage.bootstrap import connect_store
from tests.integration.report.conftest import WORKSPACE


def main() -> int:
    lease = timedelta(seconds=float(os.environ["MMBOT_CHILD_LEASE"]))
    factory = connect_store(os.environ["DATABASE_URL"])
    client = make_web_client("xoxb-test", os.environ["SLACK_API_URL"], timeout=60)
    runner = ReportRunner(
        factory, SlackReportPoster(client), runner_id="child", policy=RunPolicy(lease=lease)
    )
    print(runner.run_due(WORKSPACE), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
