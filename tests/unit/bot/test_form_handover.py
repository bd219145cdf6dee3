"""The listener and the change meet once: exactly one of them answers the form."""

from __future__ import annotations

import threading

from bot.forms.handover import Handover, Outcome
from domain.application import Result
from domain.commands.replies import Reply
from domain.messages import msg

DONE = Outcome(result=Result(Reply(headline=msg("form.done_title"))))


def test_a_change_finished_within_the_budget_is_answered_by_the_listener() -> None:
    handover = Handover()

    assert handover.finish(DONE) is False  # the listener has not given up: it answers
    assert handover.wait(0.0) is DONE


def test_a_change_finished_after_the_budget_is_answered_by_the_change_itself() -> None:
    handover = Handover()

    assert handover.wait(0.0) is None  # the listener acks "still saving"
    assert handover.finish(DONE) is True  # so the change updates the view


def test_whichever_order_the_two_threads_meet_in_exactly_one_of_them_answers() -> None:
    for _ in range(200):
        handover = Handover()
        late: list[bool] = []
        change = threading.Thread(target=lambda h=handover, out=late: out.append(h.finish(DONE)))
        change.start()
        seen = handover.wait(0.0)
        change.join()
        assert (seen is None) == late[0]


def test_the_late_answer_waits_until_the_still_saving_view_was_sent() -> None:
    now = [100.0]
    handover = Handover(clock=lambda: now[0])
    handover.acked()
    now[0] += 10  # long after the ack: nothing left to wait for
    handover.wait_until_shown(timeout=0.0)
