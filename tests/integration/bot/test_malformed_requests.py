"""Every malformed request to /slack/events is refused with 400 or 401, quietly and harmlessly.

Each kind is sent as real HTTP into the running app; the signed ones matter most: a valid
signature over a body of the wrong shape must be refused at the edge, not crash Bolt or a
listener (a 500 and a traceback in the log).
"""

from __future__ import annotations

import logging
import time

import pytest

from bench.malformed_requests import kinds, send
from tests.integration.bot.conftest import RunningApp, audit_actions, state_of
from tests.support.signing import SIGNING_SECRET

KINDS = kinds(SIGNING_SECRET)


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_malformed_request_is_refused_with_400_or_401_and_no_error_in_the_log(
    running_app: RunningApp, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    before = state_of(running_app.factory), audit_actions(running_app.factory)

    with caplog.at_level(logging.DEBUG):
        status = send(running_app.slack.base_url, KINDS[kind])
        time.sleep(0.1)  # anything a listener started after the answer would log by now

    assert status in {400, 401}
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []
    assert (state_of(running_app.factory), audit_actions(running_app.factory)) == before
    assert running_app.standin.calls_to("response_url") == []
    assert running_app.standin.calls_to("chat.postMessage") == []


def test_there_are_at_least_twenty_kinds_of_malformed_requests() -> None:
    assert len(KINDS) >= 20


def test_a_well_formed_signed_command_still_runs(running_app: RunningApp) -> None:
    answer = running_app.slack.command("create Sales type=blended chat=2")

    assert answer.status == 200
    assert "Sales" in str(state_of(running_app.factory)["profiles"])
