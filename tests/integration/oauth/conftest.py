"""The app in OAuth mode on a real database, its Web API and OAuth pointed at the stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.bootstrap import app_on
from bot.config import BotConfig
from bot.scheduler.runner import ReportRunner
from bot.scheduler.tokens import InstalledOnly, TokenReportPoster
from bot.wsgi import SlackWsgiApp
from domain.audit import Actor
from domain.clock import utc_now
from domain.commands.grammar import parse
from domain.report_runs import RunOutcome
from domain.services.workspaces import SettingsChange, change_settings
from slackkit.tokens import InstalledTokens, installed_tokens
from storage.installations import InstallationRecords
from storage.uow import SqlUnitOfWorkFactory
from tests.support.bot_server import SlackSender, serving
from tests.support.commands import run
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET, install
from tests.support.signing import SIGNING_SECRET
from tests.support.slack_standin import SlackStandIn, Team

TA = Team("TA", bot_user_id="UBOTA", bot_id="BBOTA")
TB = Team("TB", bot_user_id="UBOTB", bot_id="BBOTB")
ADMIN_A = "UADMINA"
ADMIN_B = "UADMINB"
CHANNELS = {
    "TA": {"report": "CAREPORT", "audit": "CAAUDIT"},
    "TB": {"report": "CBREPORT", "audit": "CBAUDIT"},
}


@dataclass(frozen=True)
class OAuthApp:
    base_url: str
    standin: SlackStandIn
    factory: SqlUnitOfWorkFactory
    config: BotConfig

    def sender(self, team_id: str) -> SlackSender:
        """Signed requests from workspace `team_id`."""
        return SlackSender(
            self.base_url,
            self.standin.response_url(team_id),
            team_id=team_id,
            shows=self.standin.show_ack_answer,
        )

    def tokens(self, engine: Engine | None = None) -> InstalledTokens:
        """The token port, as the scheduler or the CLI builds it (on its own engine if given)."""
        records = InstallationRecords(engine or self.factory.engine, CLIENT_ID)
        return installed_tokens(records, CLIENT_ID, CLIENT_SECRET, self.config.slack_api_url)


def oauth_config(api_url: str) -> BotConfig:
    return BotConfig(
        signing_secret=SIGNING_SECRET,
        slack_api_url=api_url,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )


@pytest.fixture
def oauth_app(uow_factory: SqlUnitOfWorkFactory) -> Iterator[OAuthApp]:
    """The app serving /slack/events, /slack/install and /slack/oauth_redirect; nothing installed."""
    with SlackStandIn() as standin:
        standin.oauth_app(CLIENT_ID, CLIENT_SECRET)
        config = oauth_config(standin.api_url)
        app = app_on(config, uow_factory)
        with serving(SlackWsgiApp(app)) as base_url:
            yield OAuthApp(base_url, standin, uow_factory, config)


def set_up(factory: SqlUnitOfWorkFactory, team_id: str, admin: str) -> None:
    """The workspace's own administrator and channels, and a profile to report."""
    actor = Actor(kind="cli", id="setup", name="setup")
    channels = CHANNELS[team_id]
    with factory(team_id) as uow:
        change_settings(
            uow,
            actor,
            SettingsChange(
                admin_users=(admin,),
                report_channel=channels["report"],
                audit_channel=channels["audit"],
                report_schedule="* * * * *",
            ),
        )
        uow.commit()
    run(
        parse("create Spare type=blended chat=2"),
        factory=factory,
        workspace_id=team_id,
        actor=actor,
        is_admin=True,
    )


@pytest.fixture
def two(oauth_app: OAuthApp) -> OAuthApp:
    """TA and TB installed, each with its own administrator, channels and a profile to report."""
    install(oauth_app.base_url, oauth_app.standin, TA)
    install(oauth_app.base_url, oauth_app.standin, TB)
    set_up(oauth_app.factory, "TA", ADMIN_A)
    set_up(oauth_app.factory, "TB", ADMIN_B)
    return oauth_app


def run_reports(app: OAuthApp) -> dict[str, RunOutcome | None]:
    """One scheduler pass over the installed workspaces, a few minutes from now."""
    tokens = app.tokens()
    runner = ReportRunner(
        app.factory,
        TokenReportPoster(tokens, app.config.slack_api_url, max_retry_after=1.0),
        clock=lambda: utc_now() + timedelta(minutes=3),
    )
    return {ws: runner.run_due(ws) for ws in InstalledOnly(app.factory, tokens).workspace_ids()}


def token_of(app: OAuthApp, team_id: str) -> str:
    (token,) = app.standin.tokens_of(team_id)
    return token
