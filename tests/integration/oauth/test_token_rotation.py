"""Rotating tokens: an expiring token is refreshed once, whoever finds it first."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import Engine

from bot.scheduler.runner import ReportRunner
from bot.scheduler.tokens import InstalledOnly, TokenReportPoster
from domain.clock import utc_now
from domain.report_runs import RunOutcome
from storage.engine import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.oauth.conftest import ADMIN_A, ADMIN_B, CHANNELS, TA, TB, OAuthApp, set_up
from tests.support.oauth import install
from tests.support.slack_standin import Call

# Shorter than the refresh margin, so the installed token is due for a refresh at once.
EXPIRING_SECONDS = 60


def refreshes(calls: list[Call]) -> list[Call]:
    return [call for call in calls if call.params.get("grant_type") == "refresh_token"]


def test_an_expiring_token_is_refreshed_once_even_with_two_schedulers_racing(
    oauth_app: OAuthApp, database_url: str
) -> None:
    install(oauth_app.base_url, oauth_app.standin, TA, expires_in=EXPIRING_SECONDS)
    (installed,) = oauth_app.standin.tokens_of("TA")
    engines: list[Engine] = [make_engine(database_url) for _ in range(2)]
    schedulers = [oauth_app.tokens(engine) for engine in engines]  # separate pools, like processes
    # Both have read the expiring token before the first refresh is answered.
    oauth_app.standin.slow("oauth.v2.access", 0.5)
    start = threading.Barrier(len(schedulers))
    got: list[str | None] = []

    def ask(index: int) -> None:
        start.wait()
        got.append(schedulers[index].tokens_for("TA"))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(schedulers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for engine in engines:
        engine.dispose()

    assert len(refreshes(oauth_app.standin.calls_to("oauth.v2.access"))) == 1
    fresh = got[0]
    assert fresh is not None
    assert fresh != installed
    assert got == [fresh, fresh]
    assert oauth_app.tokens().tokens_for("TA") == fresh


def test_a_request_that_finds_the_token_expiring_refreshes_it_and_uses_the_new_one(
    oauth_app: OAuthApp,
) -> None:
    install(oauth_app.base_url, oauth_app.standin, TA, expires_in=EXPIRING_SECONDS)
    (installed,) = oauth_app.standin.tokens_of("TA")
    set_up(oauth_app.factory, "TA", ADMIN_A)
    oauth_app.sender("TA").command("create", user=ADMIN_A)
    (opened,) = oauth_app.standin.wait_for("views.open")
    assert opened.token not in (None, installed)
    assert opened.token == oauth_app.tokens().tokens_for("TA")
    (refresh,) = refreshes(oauth_app.standin.calls_to("oauth.v2.access"))
    assert refresh.headers["Authorization"].startswith("Basic ")


def test_a_refresh_token_slack_refuses_leaves_the_workspace_without_a_token(
    oauth_app: OAuthApp,
) -> None:
    install(oauth_app.base_url, oauth_app.standin, TA, expires_in=EXPIRING_SECONDS)
    assert oauth_app.tokens().tokens_for("TA") is not None  # refreshed once, the old one used up
    tokens = oauth_app.tokens()
    stored = tokens.records.token(tokens.records.key_for("TA"))  # type: ignore[arg-type]
    assert stored is not None
    # Make the stored token expire now, its refresh token already spent: Slack says no.
    with oauth_app.factory.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE slack_installations SET bot_token_expires_at = '2020-01-01 00:00:00', "
            "bot_refresh_token = 'xoxe-spent'"
        )
    assert tokens.tokens_for("TA") is None
    (*_, refused) = refreshes(oauth_app.standin.calls_to("oauth.v2.access"))
    assert refused.params["refresh_token"] == "xoxe-spent"


def test_two_schedulers_racing_over_two_installed_workspaces_refresh_each_token_once(
    oauth_app: OAuthApp, database_url: str
) -> None:
    standin = oauth_app.standin
    for installing, admin in ((TA, ADMIN_A), (TB, ADMIN_B)):
        install(oauth_app.base_url, standin, installing, expires_in=EXPIRING_SECONDS)
        set_up(oauth_app.factory, str(installing.team_id), admin)
    installed = {team: standin.tokens_of(team) for team in ("TA", "TB")}
    standin.slow("oauth.v2.access", 0.5)  # both schedulers find the tokens expiring
    engines: list[Engine] = [make_engine(database_url) for _ in range(2)]
    start = threading.Barrier(len(engines))
    outcomes: dict[str, list[RunOutcome | None]] = {"TA": [], "TB": []}
    failures: list[BaseException] = []

    def scheduler(number: int) -> None:
        """A scheduler process's pass: its sync lists the installed workspaces, then runs each."""
        engine = engines[number]
        tokens = oauth_app.tokens(engine)
        factory = SqlUnitOfWorkFactory(engine)
        poster = TokenReportPoster(tokens, oauth_app.config.slack_api_url, max_retry_after=1.0)
        runner = ReportRunner(
            factory,
            poster,
            runner_id=f"replica-{number}",
            clock=lambda: utc_now() + timedelta(minutes=3),
        )
        start.wait()
        try:
            for workspace in InstalledOnly(factory, tokens).workspace_ids():
                outcomes[workspace].append(runner.run_due(workspace))
        except BaseException as error:  # reported below, with the test's own assertion
            failures.append(error)

    threads = [threading.Thread(target=scheduler, args=(i,)) for i in range(len(engines))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for engine in engines:
        engine.dispose()

    assert failures == []
    for team in ("TA", "TB"):
        assert sorted(outcomes[team], key=str) == [None, RunOutcome.POSTED], team
        used = [
            call.params["refresh_token"]
            for call in refreshes(standin.calls_to("oauth.v2.access"))
            if str(call.params["refresh_token"]).startswith(f"xoxe-1-{team}-")
        ]
        assert len(used) == 1, (team, used)
        (fresh,) = standin.tokens_of(team) - installed[team]
        assert oauth_app.tokens().tokens_for(team) == fresh
        posted = [call.params["channel"] for call in standin.calls_with(fresh, "chat.postMessage")]
        assert posted == [CHANNELS[team]["report"]]
        for old in installed[team]:
            assert standin.calls_with(old, "chat.postMessage") == []
    assert len(refreshes(standin.calls_to("oauth.v2.access"))) == 2
    assert sorted(post.channel for post in standin.posts()) == ["CAREPORT", "CBREPORT"]
