"""Every form is answered within Slack's 3 s, however slow Slack or the store is, and the
view the user is left with tells the truth: a stored change is never shown as failed."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.background import Background, BackgroundFull
from bot.forms.metadata import FormMetadata
from bot.ids import ImportId
from domain.profiles import ProfileState
from domain.services.workspaces import ensure_workspace
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import (
    ADMIN,
    WORKSPACE,
    RunningApp,
    bot_config,
    opened_view,
    seed,
)
from tests.support.bot_server import Answer, SlackSender, served_app
from tests.support.form_values import profile_values
from tests.support.slack_standin import SlackStandIn, iter_block_texts, rate_limited

BOSS = "UBOSS"  # an administrator because Slack's users.info says so
SLACK_LIMIT = 3.0
LOCK_SECONDS = 3.5
DONE, SAVING, NOT_DONE = "Done", "Saving…", "Not done"


def _as_workspace_admin(app: RunningApp) -> None:
    app.standin.set_default(
        "users.info", {"ok": True, "user": {"id": BOSS, "is_admin": True, "is_owner": False}}
    )


def _create_forms(app: RunningApp, count: int) -> list[dict[str, Any]]:
    """`count` create forms as Slack holds them, each opened separately (its own view id)."""
    app.slack.command("create", user=ADMIN)
    view = opened_view(app.standin)
    opened = FormMetadata.of(view)
    return [
        {
            **view,
            "id": f"V{n}",
            "private_metadata": opened.model_copy(
                update={"opened_at": opened.opened_at + n}
            ).dump(),
        }
        for n in range(count)
    ]


def _submit(app: RunningApp, view: dict[str, Any], name: str, user: str) -> tuple[Answer, float]:
    payload = {
        "type": "view_submission",
        "team": {"id": WORKSPACE},
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": WORKSPACE},
        "view": {**view, "hash": "h1", "state": {"values": profile_values(name, chat="1")}},
    }
    started = time.monotonic()
    answer = app.slack.interact(payload)
    return answer, time.monotonic() - started


def _title(view: dict[str, Any]) -> str:
    return str(view["title"]["text"])


def _final_view(
    app: RunningApp, view_id: str, answer: Answer, timeout: float = 20
) -> dict[str, Any]:
    """What the user is left with: the ack's view, or the update that replaced "still saving"."""
    body = answer.json()
    assert body["response_action"] in ("update", "errors")
    if body["response_action"] == "errors" or _title(body["view"]) != SAVING:
        return dict(body)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        updates = [
            c for c in app.standin.calls_to("views.update") if c.params["view_id"] == view_id
        ]
        if updates:
            assert len(updates) == 1
            return dict(updates[0].params["view"])
        time.sleep(0.02)
    raise AssertionError(f"{view_id} was left showing 'still saving'")


def _profiles(app: RunningApp) -> set[str]:
    with app.factory(WORKSPACE, write=False) as uow:
        return {p.name for p in uow.profiles.list(ProfileState.ALL)}


@contextmanager
def _write_lock_held(
    database_url: str, seconds: float, *, readers_wait: bool = False
) -> Iterator[None]:
    """Another connection holds the store's write lock for `seconds`, from now (on
    PostgreSQL, `readers_wait` locks the profiles against reading too)."""
    taken = threading.Event()

    def hold() -> None:
        if database_url.startswith("sqlite"):
            path = make_url(database_url).database
            assert path
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            taken.set()
            time.sleep(seconds)
            holder.execute("ROLLBACK")
            holder.close()
            return
        engine = make_engine(database_url)
        with engine.connect() as connection:
            mode = "ACCESS EXCLUSIVE" if readers_wait else "EXCLUSIVE"
            connection.execute(text(f"LOCK TABLE profiles IN {mode} MODE"))
            taken.set()
            time.sleep(seconds)
            connection.rollback()
        engine.dispose()

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10)
    try:
        yield
    finally:
        thread.join()


SLOW_SLACK = {
    "slow users.info": lambda standin: standin.slow("users.info", 5),
    "users.info rate limited": lambda standin: standin.script("users.info", rate_limited(2)),
}


@pytest.mark.parametrize("slow_slack", SLOW_SLACK.values(), ids=SLOW_SLACK.keys())
def test_a_form_waiting_for_slack_says_still_saving_then_shows_the_result(
    seeded_app: RunningApp, slow_slack: Callable[[SlackStandIn], None]
) -> None:
    _as_workspace_admin(seeded_app)
    (view,) = _create_forms(seeded_app, 1)
    slow_slack(seeded_app.standin)

    answer, seconds = _submit(seeded_app, view, "Chat Team", BOSS)

    assert seconds < SLACK_LIMIT
    assert _title(answer.json()["view"]) == SAVING
    final = _final_view(seeded_app, "V0", answer)
    assert _title(final) == DONE
    assert any("Chat Team" in line for line in iter_block_texts(final["blocks"]))
    assert "Chat Team" in _profiles(seeded_app)


def test_a_form_waiting_for_a_locked_store_says_still_saving_then_shows_the_result(
    seeded_app: RunningApp, database_url: str
) -> None:
    (view,) = _create_forms(seeded_app, 1)

    with _write_lock_held(database_url, LOCK_SECONDS):
        answer, seconds = _submit(seeded_app, view, "Chat Team", ADMIN)
        assert "Chat Team" not in _profiles(seeded_app)

    assert seconds < SLACK_LIMIT
    assert _title(answer.json()["view"]) == SAVING
    assert _title(_final_view(seeded_app, "V0", answer)) == DONE
    assert "Chat Team" in _profiles(seeded_app)


def test_a_form_that_finishes_in_time_still_shows_its_result_and_its_field_errors_at_once(
    seeded_app: RunningApp,
) -> None:
    seeded_app.standin.slow("chat.postMessage", 5)  # notices go after the answer
    first, second = _create_forms(seeded_app, 2)

    made, made_in = _submit(seeded_app, first, "Chat Team", ADMIN)
    refused, refused_in = _submit(seeded_app, second, "Bad!", ADMIN)

    assert made_in < SLACK_LIMIT
    assert refused_in < SLACK_LIMIT
    assert _title(made.json()["view"]) == DONE
    assert refused.json()["response_action"] == "errors"
    assert seeded_app.standin.calls_to("views.update") == []


@pytest.mark.slow
def test_many_forms_at_once_with_slack_and_the_store_slow_are_all_answered_in_time_and_truthfully(
    seeded_app: RunningApp, database_url: str
) -> None:
    count = 30
    _as_workspace_admin(seeded_app)
    seeded_app.standin.slow("users.info", 2)
    seeded_app.standin.slow("chat.postMessage", 5)
    views = _create_forms(seeded_app, count)
    names = [f"Load {n}" for n in range(count)]

    with _write_lock_held(database_url, LOCK_SECONDS), ThreadPoolExecutor(count) as senders:
        sent = list(
            senders.map(lambda n: _submit(seeded_app, views[n], names[n], BOSS), range(count))
        )

    assert max(seconds for _, seconds in sent) < SLACK_LIMIT
    finals = [_final_view(seeded_app, f"V{n}", answer) for n, (answer, _) in enumerate(sent)]
    shown_done = {names[n] for n, final in enumerate(finals) if _title(final) == DONE}
    stored = {name for name in _profiles(seeded_app) if name.startswith("Load ")}
    assert stored
    assert shown_done == stored
    assert all(_title(final) in (DONE, NOT_DONE) for final in finals)


class FullPool(Background):
    """The bot's pool, which takes no more work once `full` is set."""

    full = threading.Event()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        if self.full.is_set():
            raise BackgroundFull
        return super().run(*args, **kwargs)


@pytest.fixture
def full_app(standin: SlackStandIn, uow_factory: SqlUnitOfWorkFactory) -> Iterator[RunningApp]:
    FullPool.full.clear()
    config = bot_config(standin, admin_group=None)
    ensure_workspace(uow_factory, WORKSPACE)
    seed(uow_factory, "create Sales type=blended voice=1 chat=2")
    with served_app(config, uow_factory, FullPool()) as base_url:
        yield RunningApp(SlackSender(base_url, standin.response_url()), standin, uow_factory)


def test_a_form_submitted_while_the_pool_is_full_says_mmbot_is_busy_and_changes_nothing(
    full_app: RunningApp,
) -> None:
    (view,) = _create_forms(full_app, 1)
    FullPool.full.set()

    answer, seconds = _submit(full_app, view, "Chat Team", ADMIN)

    assert seconds < SLACK_LIMIT
    shown = answer.json()["view"]
    assert _title(shown) == NOT_DONE
    assert any("mmbot is busy" in line for line in iter_block_texts(shown["blocks"]))
    assert "Chat Team" not in _profiles(full_app)


def test_a_form_refused_after_the_budget_shows_the_refusal_in_place_of_still_saving(
    seeded_app: RunningApp, database_url: str
) -> None:
    (view,) = _create_forms(seeded_app, 1)
    before = _profiles(seeded_app)

    # SQLite's writer waits for the lock before it reads; PostgreSQL's reads must wait too.
    with _write_lock_held(database_url, LOCK_SECONDS, readers_wait=True):
        answer, seconds = _submit(seeded_app, view, "sales", ADMIN)  # Sales exists

    assert seconds < SLACK_LIMIT
    assert _title(answer.json()["view"]) == SAVING
    final = _final_view(seeded_app, "V0", answer)
    assert _title(final) == NOT_DONE
    assert any("already exists" in line for line in iter_block_texts(final["blocks"]))
    assert _profiles(seeded_app) == before


def _import_step(
    app: RunningApp, callback: str, csv_text: str, metadata: str = ""
) -> tuple[Answer, float]:
    value = {ImportId.CSV_ACTION.value: {"type": "plain_text_input", "value": csv_text}}
    payload = {
        "type": "view_submission",
        "team": {"id": WORKSPACE},
        "user": {"id": ADMIN, "username": "uadmin", "name": "uadmin", "team_id": WORKSPACE},
        "view": {
            "id": "VIMPORT",
            "type": "modal",
            "callback_id": callback,
            "hash": "h1",
            "private_metadata": metadata,
            "state": {"values": {ImportId.CSV_BLOCK.value: value}},
        },
    }
    started = time.monotonic()
    answer = app.slack.interact(payload)
    return answer, time.monotonic() - started


def test_an_import_confirmed_while_the_store_is_locked_is_answered_in_time_and_shows_what_it_did(
    seeded_app: RunningApp, database_url: str
) -> None:
    csv_text = "name,email,slack,teams,profile\nZed,,,Support,\n"
    preview, _ = _import_step(seeded_app, ImportId.PASTE_CALLBACK, csv_text)
    previewed = preview.json()["view"]
    assert previewed["callback_id"] == ImportId.CONFIRM_CALLBACK

    with _write_lock_held(database_url, LOCK_SECONDS, readers_wait=True):
        answer, seconds = _import_step(
            seeded_app, ImportId.CONFIRM_CALLBACK, csv_text, previewed["private_metadata"]
        )

    assert seconds < SLACK_LIMIT
    assert _title(answer.json()["view"]) == SAVING
    final = _final_view(seeded_app, "VIMPORT", answer)
    assert final["callback_id"] == ImportId.DONE_CALLBACK
    with seeded_app.factory(WORKSPACE, write=False) as uow:
        assert "Zed" in uow.agents.names()
