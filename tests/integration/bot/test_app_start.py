"""Building the app says nothing misleading: its one token is the one every request uses."""

from __future__ import annotations

import logging

import pytest

from bot.app import create_app
from bot.config import BotConfig
from storage.uow import SqlUnitOfWorkFactory
from tests.support.signing import SIGNING_SECRET


def test_a_single_token_app_starts_without_bolts_token_ignored_warning(
    uow_factory: SqlUnitOfWorkFactory, caplog: pytest.LogCaptureFixture
) -> None:
    config = BotConfig(
        bot_token="xoxb-test",
        signing_secret=SIGNING_SECRET,
        slack_api_url="http://127.0.0.1:9/api/",
    )
    with caplog.at_level(logging.WARNING, logger="mmbot.bolt"):
        create_app(config, uow_factory)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("mmbot.bolt")] == []
