"""SIGTERM to `mmbot serve` while acknowledged commands still wait for a slow Slack: every one
of them is applied and answered before the workers exit; what was refused "busy" is not applied."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from bench.ack_under_load import WORKSPACE, creates, prepared_database, send_all, serving
from bench.faults import profile_of, stored_profiles
from bench.slow_slack import SlowSlack
from domain.audit import Actor
from domain.commands.grammar import parse
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import run

COMMANDS = 150
CONNECTIONS = 32
# Every user is new to the server and no administrator is configured: whether each one is
# an administrator is asked of Slack (users.info, SLACK_DELAY), so no answer is ready within
# the ack and each is owed through the response_url.
USERS = COMMANDS
SLACK_DELAY = 2.0
STOP_WITHIN = 55.0
AUDIT_CHANNEL = "CAUDIT"


def _with_audit_channel(url: str) -> None:
    engine = make_engine(url)
    actor = Actor(kind="cli", id="ops", name="ops")
    command = parse(f"settings audit_channel=<#{AUDIT_CHANNEL}|audit>")
    run(
        command,
        factory=SqlUnitOfWorkFactory(engine),
        workspace_id=WORKSPACE,
        actor=actor,
        is_admin=True,
    )
    engine.dispose()


@pytest.mark.slow
def test_sigterm_finishes_every_acknowledged_command_and_its_notice(tmp_path: Path) -> None:
    url = prepared_database(tmp_path / "mmbot.db")
    _with_audit_channel(url)
    with (
        SlowSlack(SLACK_DELAY) as slack,
        serving(url, slack, users=USERS, configured_admins=False) as server,
    ):
        sent = send_all(server, slack, creates(COMMANDS, USERS), CONNECTIONS)
        server.process.send_signal(signal.SIGTERM)
        stopping = time.monotonic()
        code = server.process.wait(timeout=STOP_WITHIN + 5)
        stopped_after = time.monotonic() - stopping
        log = server.log.read_text()
        answers = dict(slack.answers)
        notices = slack.posts

    assert [s.status for s in sent] == [200] * COMMANDS, log[-3000:]
    acked = [s for s in sent if not s.busy]
    busy = [s for s in sent if s.busy]
    assert acked, "nothing was accepted: the test shows nothing"
    assert any(not s.answered_in_ack for s in acked), "no work was owed when SIGTERM came"
    stored = stored_profiles(url)
    assert {profile_of(s) for s in acked} <= stored
    assert not {profile_of(s) for s in busy} & stored
    unanswered = [
        s.command.key for s in acked if not s.answered_in_ack and s.command.key not in answers
    ]
    assert unanswered == []
    for s in acked:
        shown = s.ack["text"] if s.answered_in_ack and s.ack else answers[s.command.key]
        assert profile_of(s) in shown
    assert notices == len(acked)  # one change notice in the audit channel per profile
    assert code == 0
    assert stopped_after < STOP_WITHIN
    assert "unfinished" not in log
