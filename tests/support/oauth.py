"""Installing the app the way a browser does: /slack/install, Slack's consent, the redirect."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from tests.support.slack_standin import SlackStandIn, Team

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "test-client-secret"
STATE_COOKIE = "slack-app-oauth-state"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_: object, **__: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


@dataclass(frozen=True)
class Page:
    status: int
    headers: dict[str, str]  # names in lower case
    body: str


def get(url: str, *, cookie: str | None = None) -> Page:
    """GET without following redirects."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with _opener.open(request, timeout=10) as response:
            return Page(response.status, _lower(response.headers.items()), response.read().decode())
    except urllib.error.HTTPError as error:
        return Page(error.code, _lower(error.headers.items()), error.read().decode())


def _lower(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers}


@dataclass(frozen=True)
class Consent:
    """What /slack/install gave the browser: Slack's authorize URL (with state) and the cookie."""

    authorize_url: str
    state: str
    cookie: str


def start_install(base_url: str) -> Consent:
    """Open /slack/install: a redirect to Slack's consent page and a state cookie."""
    page = get(f"{base_url}/slack/install")
    assert page.status == 302, page
    location = page.headers["location"]
    state = parse_qs(urlparse(location).query)["state"][0]
    cookie = page.headers["set-cookie"].split(";", 1)[0]
    assert cookie == f"{STATE_COOKIE}={state}"
    return Consent(location, state, cookie)


def install(
    base_url: str, standin: SlackStandIn, team: Team, *, expires_in: int | None = None
) -> Page:
    """The whole flow: install page, consent in Slack (a code), the redirect back with it."""
    consent = start_install(base_url)
    code = f"code-{team.team_id or team.enterprise_id}-{consent.state[:8]}"
    standin.grant_code(code, team, expires_in=expires_in)
    page = get(
        f"{base_url}/slack/oauth_redirect?code={code}&state={consent.state}", cookie=consent.cookie
    )
    assert page.status == 200, page
    return page
