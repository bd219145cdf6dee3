"""A quick command answers in the ack itself; a slow one acks at once and answers later."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot import inline_answer
from bot.listeners.commands import mmprofile
from domain.commands import grammar
from tests.integration.bot.conftest import RunningApp, answered_text


def test_a_quick_command_is_answered_in_the_ack_body(running_app: RunningApp) -> None:
    acked = running_app.slack.command("list all")
    assert acked.status == 200
    assert acked.json()["response_type"] == "ephemeral"
    assert "Default_Telephony_Profile" in acked.json()["text"]
    delivered = running_app.standin.calls_to("response_url")
    assert [call.headers.get("X-Mmbot-Delivered-In") for call in delivered] == ["ack"]


def test_a_slow_command_is_acknowledged_at_once_and_answered_through_the_response_url(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_parse = grammar.parse

    def slow_parse(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(inline_answer, "INLINE_ANSWER_SECONDS", 0.05)
    monkeypatch.setattr(mmprofile, "parse", slow_parse)
    started = time.monotonic()
    acked = running_app.slack.command("list all")
    assert time.monotonic() - started < 0.5
    assert (acked.status, acked.body) == (200, "")
    assert "Default_Telephony_Profile" in answered_text(running_app.standin)
    assert "X-Mmbot-Delivered-In" not in running_app.standin.calls_to("response_url")[0].headers
