"""A slash command's answer goes in the ack when ready, through response_url after."""

from __future__ import annotations

from typing import Any

from bot.inline_answer import InlineAnswer


class RecordingRespond:
    response_url = "http://127.0.0.1:9/response/1"

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def __call__(self, **message: Any) -> None:
        self.sent.append(message)


def test_the_first_answer_goes_with_the_ack_without_fields_ack_does_not_take() -> None:
    respond = RecordingRespond()
    answer = InlineAnswer(respond)  # type: ignore[arg-type]
    answer(response_type="ephemeral", text="done", blocks=[], replace_original=False)
    assert answer.ack_payload(timeout=0) == {
        "response_type": "ephemeral",
        "text": "done",
        "blocks": [],
    }
    assert respond.sent == []


def test_an_answer_after_the_ack_goes_through_response_url() -> None:
    respond = RecordingRespond()
    answer = InlineAnswer(respond)  # type: ignore[arg-type]
    assert answer.ack_payload(timeout=0) == {}
    answer(response_type="ephemeral", text="late")
    assert respond.sent == [{"response_type": "ephemeral", "text": "late"}]


def test_a_second_answer_before_the_ack_is_not_lost() -> None:
    respond = RecordingRespond()
    answer = InlineAnswer(respond)  # type: ignore[arg-type]
    answer(text="first")
    answer(text="second")
    assert answer.ack_payload(timeout=0) == {"text": "first"}
    assert respond.sent == [{"text": "second"}]


def test_work_that_answers_nothing_lets_the_ack_go_at_once() -> None:
    answer = InlineAnswer(RecordingRespond())  # type: ignore[arg-type]
    answer.settle()
    assert answer.ack_payload(timeout=60) == {}
