"""Rotating tokens: an expiring token is refreshed once, whoever finds it first."""

from __future__ import annotations

import threading

from sqlalchemy import Engine

from storage.engine import make_engine
from tests.integration.oauth.conftest import ADMIN_A, TA, OAuthApp, set_up
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
