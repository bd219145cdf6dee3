"""The bot's pool takes a bounded amount of work, refuses the rest, and drains what it took."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from bot.background import Background, BackgroundFull

WAIT = 5.0


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Work that waits for it holds its worker until the test opens it (always, at the end)."""
    opened = threading.Event()
    yield opened
    opened.set()


def _ignore(_: Exception) -> None:
    return None


def _held(gate: threading.Event, done: list[int] | None = None, n: int = 0) -> Callable[[], None]:
    """Work that waits for the gate, then records `n` in `done`."""

    def work() -> None:
        gate.wait(WAIT)
        if done is not None:
            done.append(n)

    return work


def test_a_full_pool_refuses_work_and_queues_none_of_it(gate: threading.Event) -> None:
    pool = Background(workers=2, waiting=1)
    done: list[int] = []
    for n in range(3):
        pool.run(_held(gate, done, n), _ignore)

    with pytest.raises(BackgroundFull):
        pool.run(lambda: done.append(99), _ignore)

    gate.set()
    assert pool.drain(WAIT)
    assert sorted(done) == [0, 1, 2]


def test_a_pool_takes_work_again_once_a_task_has_finished(gate: threading.Event) -> None:
    pool = Background(workers=1, waiting=0)
    first = pool.run(_held(gate), _ignore)
    with pytest.raises(BackgroundFull):
        pool.run(lambda: None, _ignore)

    gate.set()
    first.result(WAIT)

    pool.run(lambda: None, _ignore).result(WAIT)


def test_follow_up_work_of_a_stored_change_is_taken_even_when_full(gate: threading.Event) -> None:
    pool = Background(workers=1, waiting=0)
    pool.run(_held(gate), _ignore)
    noticed = threading.Event()

    pool.follow_up(noticed.set, _ignore)
    with pytest.raises(BackgroundFull):
        pool.run(lambda: None, _ignore)

    gate.set()
    assert pool.drain(WAIT)
    assert noticed.is_set()


def test_a_failure_of_the_work_goes_to_its_error_handler() -> None:
    pool = Background(workers=1, waiting=0)
    seen: list[Exception] = []

    def failing() -> None:
        raise LookupError("gone")

    pool.run(failing, seen.append).result(WAIT)

    assert [str(error) for error in seen] == ["gone"]


def test_draining_finishes_accepted_work_then_refuses_new_work(gate: threading.Event) -> None:
    pool = Background(workers=1, waiting=2)
    finished: list[int] = []
    for n in range(3):
        pool.run(_held(gate, finished, n), _ignore)
    threading.Timer(0.2, gate.set).start()

    assert pool.drain(WAIT)

    assert sorted(finished) == [0, 1, 2]
    with pytest.raises(BackgroundFull):
        pool.run(lambda: None, _ignore)


def test_draining_gives_up_after_its_timeout_and_says_so(gate: threading.Event) -> None:
    pool = Background(workers=1, waiting=0)
    pool.run(_held(gate), _ignore)

    assert not pool.drain(0.1)
    assert pool.pending == 1
