"""`settings language=hu` makes the next scheduled report Hungarian; before it, English."""

from __future__ import annotations

from bot.scheduler.runner import ReportRunner
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.report.conftest import WORKSPACE, Clock, Command, Posted, at
from tests.support.slack_standin import iter_block_texts


def _texts(posted: Posted, index: int) -> str:
    _, message = posted.messages[index]
    return " ".join([message.text, *iter_block_texts(message.blocks)])


def test_the_next_scheduled_report_after_settings_language_hu_is_hungarian(
    uow_factory: SqlUnitOfWorkFactory, workspace: Command
) -> None:
    posted, clock = Posted(), Clock(at(15, 8, 0))
    runner = ReportRunner(uow_factory, posted, clock=clock)
    runner.run_due(WORKSPACE)
    english = _texts(posted, 0)
    assert "Multimedia profile report" in english

    workspace("settings language=hu")
    clock.now = at(16, 8, 0)
    runner.run_due(WORKSPACE)

    hungarian = _texts(posted, 1)
    assert "Multimédiás profilok jelentése" in hungarian
    assert "Hozzá nem rendelt aktív profilok (1), inaktiválásra javasolt:" in hungarian
    assert "Spare" in hungarian
    assert "Multimedia profile report" not in hungarian
