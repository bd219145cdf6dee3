"""OAuth mode at DEBUG: installing, refreshing and answering never logs a secret or a token."""

from __future__ import annotations

import logging

import pytest

from tests.integration.oauth.conftest import ADMIN_A, TA, OAuthApp, set_up
from tests.support.oauth import CLIENT_SECRET, install


def test_the_install_flow_and_token_refresh_at_debug_level_log_no_secret(
    oauth_app: OAuthApp, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        install(oauth_app.base_url, oauth_app.standin, TA, expires_in=60)
        set_up(oauth_app.factory, "TA", ADMIN_A)
        oauth_app.sender("TA").command("create", user=ADMIN_A)  # refreshes, then opens a form
        oauth_app.standin.wait_for("views.open")
    refreshed = [
        call
        for call in oauth_app.standin.calls_to("oauth.v2.access")
        if "refresh_token" in call.params
    ]
    assert refreshed  # the refresh grant really ran
    assert "oauth.v2.access" in caplog.text
    secrets = {CLIENT_SECRET, *oauth_app.standin.tokens_of("TA")}
    secrets |= {str(call.params["refresh_token"]) for call in refreshed}
    leaked = {secret for secret in secrets if secret in caplog.text}
    assert leaked == set()
