"""A full pool: a slash command is told "busy" in its ack and nothing is queued or changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.app import create_app
from bot.background import Background
from bot.ids import Action
from bot.wsgi import SlackWsgiApp
from domain.messages import t
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import (
    ADMIN,
    MEMBER,
    WORKSPACE,
    RunningApp,
    bot_config,
    state_of,
)
from tests.support.bot_server import SlackSender, serving
from tests.support.slack_standin import SlackStandIn

WAIT = 10.0


@dataclass(frozen=True)
class SmallPool:
    app: RunningApp
    background: Background
    gate: threading.Event

    def fill(self) -> None:
        """Hold the pool's only place until the test ends (or opens the gate)."""
        self.background.run(self._held, lambda _: None)

    def _held(self) -> None:
        self.gate.wait(WAIT)


@pytest.fixture
def small_pool(standin: SlackStandIn, uow_factory: SqlUnitOfWorkFactory) -> Iterator[SmallPool]:
    """The running app on a pool of one worker and no waiting place."""
    config = bot_config(standin, admin_group=None)
    ensure_workspace(uow_factory, WORKSPACE)
    background = Background(workers=1, waiting=0)
    gate = threading.Event()
    app = create_app(config, uow_factory, background=background)
    with serving(SlackWsgiApp(app)) as base_url:
        sender = SlackSender(base_url, standin.response_url(), shows=standin.show_ack_answer)
        yield SmallPool(RunningApp(sender, standin, uow_factory), background, gate)
        gate.set()
        background.drain(WAIT)


def test_a_command_that_finds_the_pool_full_is_told_busy_and_changes_nothing(
    small_pool: SmallPool,
) -> None:
    app = small_pool.app
    before = state_of(app.factory)
    small_pool.fill()

    acked = app.slack.command("create Night type=blended voice=1")

    assert acked.status == 200
    assert acked.json()["response_type"] == "ephemeral"
    assert acked.json()["text"] == t("en", "slack.busy")
    assert state_of(app.factory) == before
    assert small_pool.background.pending == 1  # the refused command was not queued


def test_a_command_after_the_pool_has_room_again_is_done(small_pool: SmallPool) -> None:
    small_pool.fill()
    assert small_pool.app.slack.command("list all").json()["text"] == t("en", "slack.busy")

    small_pool.gate.set()
    _wait_until_idle(small_pool.background)
    acked = small_pool.app.slack.command("list all")

    assert "Default_Telephony_Profile" in acked.json()["text"]


def test_busy_is_said_in_the_callers_own_language(small_pool: SmallPool) -> None:
    app = small_pool.app
    assert app.slack.command("language hu", user=MEMBER).status == 200
    _wait_until_idle(small_pool.background)
    small_pool.fill()

    acked = app.slack.command("list all", user=MEMBER)

    assert acked.json()["text"] == t("hu", "slack.busy")


def test_a_button_that_finds_the_pool_full_is_still_acknowledged(small_pool: SmallPool) -> None:
    small_pool.fill()

    answer = small_pool.app.slack.click(Action.HOME_CREATE, user=ADMIN)

    assert answer.status == 200
    assert small_pool.app.standin.calls_to("views.open") == []


def _wait_until_idle(background: Background) -> None:
    deadline = time.monotonic() + WAIT
    while background.pending and time.monotonic() < deadline:
        time.sleep(0.01)
    assert background.pending == 0, "the pool never finished its work"
