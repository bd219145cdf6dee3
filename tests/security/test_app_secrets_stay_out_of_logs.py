"""The running Slack app, logging at DEBUG through a successful command, a badly signed
request, a failing Slack API call and an unexpected exception, never logs a secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import NoReturn

import pytest

from bot.config import BotConfig
from config.settings import load_settings
from domain.application import registry
from domain.commands import model as m
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.security.test_secrets_stay_out_of_logs import SECRETS
from tests.support.bot_server import SlackSender, served_app
from tests.support.slack_standin import Canned, SlackStandIn

WORKSPACE = "T1"


@pytest.fixture
def secret_app(standin: SlackStandIn, uow_factory: SqlUnitOfWorkFactory) -> Iterator[SlackSender]:
    """The app configured with SECRETS, no configured administrators."""
    config = BotConfig.from_settings(load_settings(**{**SECRETS, "SLACK_API_URL": standin.api_url}))
    ensure_workspace(uow_factory, WORKSPACE)
    with served_app(config, uow_factory) as base_url:
        yield SlackSender(base_url, standin.response_url(), shows=standin.show_ack_answer)


def _boom(*_: object) -> NoReturn:
    raise RuntimeError("an unexpected failure inside a handler")


def test_the_app_at_debug_level_logs_no_secret_whatever_happens(
    secret_app: SlackSender,
    standin: SlackStandIn,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = SECRETS["SLACK_SIGNING_SECRET"]
    standin.script("users.info", Canned(status=200, body={"ok": False, "error": "invalid_auth"}))
    failing: type[m.Command] = m.ListProfiles
    monkeypatch.setitem(registry.HANDLERS, failing, _boom)
    with caplog.at_level(logging.DEBUG):
        assert secret_app.command("help", secret=secret).status == 200
        assert secret_app.command("show Nowhere", secret=secret).status == 200
        assert secret_app.command("site add Pest", secret=secret).status == 200  # users.info fails
        assert secret_app.command("list", secret=secret).status == 200  # raises inside
        assert secret_app.command("help", secret="not-the-secret").status == 401
        standin.wait_for("response_url", 4, timeout=15)
    assert "unexpected failure, reference" in caplog.text
    assert "invalid_auth" in caplog.text
    assert "users.info" in caplog.text  # the token was sent, and its request logged
    assert any(r.levelno == logging.DEBUG for r in caplog.records)
    for value in SECRETS.values():
        assert value not in caplog.text
