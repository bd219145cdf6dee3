"""Installing through Slack's OAuth flow stores the workspace's token and creates the workspace."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlparse

from sqlalchemy import insert, select

from bot.installations import BOT_SCOPES
from storage.installation_tables import installations, oauth_states
from tests.integration.oauth.conftest import TA, OAuthApp
from tests.support.oauth import CLIENT_ID, STATE_COOKIE, get, install, start_install


def test_installing_stores_the_token_of_the_workspace_and_creates_the_workspace(
    oauth_app: OAuthApp,
) -> None:
    install(oauth_app.base_url, oauth_app.standin, TA)

    exchange = oauth_app.standin.calls_to("oauth.v2.access")
    assert len(exchange) == 1
    assert exchange[0].headers["Authorization"].startswith("Basic ")
    (token,) = oauth_app.standin.tokens_of("TA")
    assert oauth_app.tokens().tokens_for("TA") == token
    assert oauth_app.factory.workspace_ids() == ["TA"]


def test_the_install_page_asks_slack_for_the_scopes_of_the_manifest(oauth_app: OAuthApp) -> None:
    consent = start_install(oauth_app.base_url)
    query = parse_qs(urlparse(consent.authorize_url).query)
    assert query["scope"] == [",".join(BOT_SCOPES)]
    assert query["client_id"] == [CLIENT_ID]


def test_a_redirect_without_the_state_cookie_is_refused_and_stores_nothing(
    oauth_app: OAuthApp,
) -> None:
    consent = start_install(oauth_app.base_url)
    oauth_app.standin.grant_code("code-1", TA)
    page = get(f"{oauth_app.base_url}/slack/oauth_redirect?code=code-1&state={consent.state}")
    assert page.status == 400
    assert oauth_app.standin.calls_to("oauth.v2.access") == []
    assert oauth_app.factory.workspace_ids() == []


def test_a_state_is_used_once(oauth_app: OAuthApp) -> None:
    consent = start_install(oauth_app.base_url)
    oauth_app.standin.grant_code("code-1", TA)
    url = f"{oauth_app.base_url}/slack/oauth_redirect?code=code-1&state={consent.state}"
    assert get(url, cookie=consent.cookie).status == 200
    assert get(url, cookie=consent.cookie).status == 401
    assert len(oauth_app.standin.calls_to("oauth.v2.access")) == 1


def test_a_code_slack_does_not_know_installs_nothing(oauth_app: OAuthApp) -> None:
    consent = start_install(oauth_app.base_url)
    page = get(
        f"{oauth_app.base_url}/slack/oauth_redirect?code=forged&state={consent.state}",
        cookie=f"{STATE_COOKIE}={consent.state}",
    )
    assert page.status == 401
    assert "invalid_code" in page.body
    assert oauth_app.standin.calls_to("oauth.v2.access")[0].params["code"] == "forged"
    with oauth_app.factory.engine.connect() as connection:
        assert connection.execute(select(installations)).all() == []


def test_expired_states_are_purged_when_a_new_install_starts(oauth_app: OAuthApp) -> None:
    with oauth_app.factory.engine.begin() as connection:
        connection.execute(
            insert(oauth_states).values(state="abandoned", expire_at=datetime(2020, 1, 1))
        )
    consent = start_install(oauth_app.base_url)
    with oauth_app.factory.engine.connect() as connection:
        states = connection.scalars(select(oauth_states.c.state)).all()
    assert states == [consent.state]
