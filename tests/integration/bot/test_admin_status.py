"""Administrator status is Slack's answer of at most a minute ago, dropped at once on
`user_change`; when Slack cannot answer, the user reads that Slack is unavailable, never a
false refusal, and nothing is audited as refused."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from bot.admins import CACHE_SECONDS, AdminDirectory, AdminRule
from domain.errors import AdminCheckUnavailable
from slackkit.client import make_web_client
from tests.integration.bot.conftest import (
    RunningApp,
    answered_text,
    audit_actions,
    opened_view,
    state_of,
)
from tests.support.form_values import profile_values
from tests.support.slack_standin import DROPPED, Canned, SlackStandIn, rate_limited

BOSS = "UBOSS"
GROUPIE = "UGROUP"
UNAVAILABLE = "Slack is unavailable"
REFUSED = "Only mmbot administrators can"


def _role(is_admin: bool, user: str = BOSS) -> dict[str, Any]:
    return {"ok": True, "user": {"id": user, "is_admin": is_admin, "is_owner": False}}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# What Slack does when it cannot answer (to every call, so past the client's retries).
SLACK_FAILURES = {
    "server error": Canned(status=503, body={"ok": False, "error": "service_unavailable"}),
    "429 with a long Retry-After": rate_limited(120),
    "ratelimited": Canned(body={"ok": False, "error": "ratelimited"}),
    "dropped connection": DROPPED,
}


def test_a_demoted_administrator_is_refused_once_the_minute_of_the_cache_has_passed(
    standin: SlackStandIn,
) -> None:
    clock = Clock()
    directory = AdminDirectory(lambda _workspace: AdminRule(), clock=clock)
    client = make_web_client("xoxb-test", standin.api_url)
    standin.set_default("users.info", _role(is_admin=True))
    assert directory.is_admin(client, "T1", BOSS)

    standin.set_default("users.info", _role(is_admin=False))
    clock.now += CACHE_SECONDS - 1
    assert directory.is_admin(client, "T1", BOSS)  # Slack's answer of 59 s ago
    clock.now += 1
    assert not directory.is_admin(client, "T1", BOSS)
    assert CACHE_SECONDS <= 60
    assert len(standin.calls_to("users.info")) == 2


@pytest.mark.parametrize("failure", SLACK_FAILURES.values(), ids=SLACK_FAILURES.keys())
def test_users_info_failing_raises_unavailable_and_the_next_request_asks_again(
    standin: SlackStandIn, failure: Canned
) -> None:
    directory = AdminDirectory(lambda _workspace: AdminRule())
    client = make_web_client("xoxb-test", standin.api_url)
    standin.always("users.info", failure)
    with pytest.raises(AdminCheckUnavailable):
        directory.is_admin(client, "T1", BOSS)

    standin.always("users.info", None)
    standin.set_default("users.info", _role(is_admin=True))
    assert directory.is_admin(client, "T1", BOSS)


def test_a_user_slack_does_not_know_is_not_an_administrator(standin: SlackStandIn) -> None:
    directory = AdminDirectory(lambda _workspace: AdminRule())
    client = make_web_client("xoxb-test", standin.api_url)
    standin.script("users.info", Canned(body={"ok": False, "error": "user_not_found"}))
    assert not directory.is_admin(client, "T1", BOSS)


def test_a_group_member_is_an_administrator_even_while_users_info_fails(
    standin: SlackStandIn,
) -> None:
    directory = AdminDirectory(lambda _workspace: AdminRule(group="S0A"))
    client = make_web_client("xoxb-test", standin.api_url)
    standin.always("users.info", rate_limited(120))
    standin.set_default("usergroups.users.list", {"ok": True, "users": [GROUPIE]})
    assert directory.is_admin(client, "T1", GROUPIE)
    with pytest.raises(AdminCheckUnavailable):
        directory.is_admin(client, "T1", BOSS)  # not in the group: only users.info could say


def test_a_demoted_administrator_is_refused_at_once_after_a_user_change_event(
    seeded_app: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mmbot.bot.user_change")
    seeded_app.standin.set_default("users.info", _role(is_admin=True))
    seeded_app.slack.command("site add Vienna", user=BOSS)
    assert 'Added site "Vienna"' in answered_text(seeded_app.standin, 1)

    seeded_app.standin.set_default("users.info", _role(is_admin=False))
    seeded_app.slack.command("site add Graz", user=BOSS)
    assert 'Added site "Graz"' in answered_text(seeded_app.standin, 2)  # cached: not yet asked

    answer = seeded_app.slack.event({"type": "user_change", "user": _role(False)["user"]})
    assert answer.status == 200
    _wait_for_log(caplog, "user UBOSS changed")
    seeded_app.slack.command("site add Linz", user=BOSS)

    assert REFUSED in answered_text(seeded_app.standin, 3)
    assert audit_actions(seeded_app.factory)[0] == "refused"


@pytest.mark.parametrize("failure", SLACK_FAILURES.values(), ids=SLACK_FAILURES.keys())
def test_a_slash_command_while_users_info_fails_says_slack_is_unavailable_and_audits_no_refusal(
    seeded_app: RunningApp, failure: Canned
) -> None:
    seeded_app.standin.always("users.info", failure)
    before = state_of(seeded_app.factory)

    seeded_app.slack.command("site add Vienna", user=BOSS)

    text = answered_text(seeded_app.standin)
    assert UNAVAILABLE in text
    assert REFUSED not in text
    assert state_of(seeded_app.factory) == before
    assert "refused" not in audit_actions(seeded_app.factory)


def test_a_slash_command_while_the_admin_group_cannot_be_read_says_slack_is_unavailable(
    seeded_app: RunningApp,
) -> None:
    seeded_app.standin.always("usergroups.users.list", DROPPED)

    seeded_app.slack.command("site add Vienna", user=GROUPIE)

    assert UNAVAILABLE in answered_text(seeded_app.standin)
    assert "refused" not in audit_actions(seeded_app.factory)


@pytest.mark.parametrize("method", ["users.info", "usergroups.users.list"])
def test_a_form_submitted_while_slack_fails_says_slack_is_unavailable_and_audits_no_refusal(
    seeded_app: RunningApp, method: str
) -> None:
    seeded_app.slack.command("create")
    view = opened_view(seeded_app.standin)
    seeded_app.standin.always(method, rate_limited(120))
    before = state_of(seeded_app.factory)

    answer = seeded_app.slack.submit(view, profile_values("Chat Team", chat="1"), user=GROUPIE)

    shown = str(answer.json())
    assert UNAVAILABLE in shown
    assert REFUSED not in shown
    assert state_of(seeded_app.factory) == before
    assert "refused" not in audit_actions(seeded_app.factory)


def _wait_for_log(caplog: pytest.LogCaptureFixture, words: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(words in record.getMessage() for record in caplog.records):
            return
        time.sleep(0.01)
    raise AssertionError(f"no log line with {words!r}")
