"""A user's Slack locale, asked once with include_locale and cached, as a language."""

from __future__ import annotations

import time

from slack_sdk import WebClient

from bot.locales import SlackLocales
from tests.support.slack_standin import Canned, SlackStandIn


def _user(locale: str) -> Canned:
    return Canned(body={"ok": True, "user": {"id": "U1", "locale": locale}})


def test_a_hungarian_slack_locale_reads_hungarian_and_is_asked_for_once() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.script("users.info", _user("hu-HU"))
        locales = SlackLocales()
        assert locales.language(client, "T1", "U1") == "hu"
        assert locales.language(client, "T1", "U1") == "hu"
        calls = slack.calls_to("users.info")
        assert len(calls) == 1
        assert str(calls[0].params.get("include_locale")).lower() in {"true", "1"}


def test_a_locale_mmbot_does_not_ship_gives_no_language_and_is_cached_too() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.script("users.info", _user("de-DE"))
        locales = SlackLocales()
        assert locales.language(client, "T1", "U1") is None
        assert locales.language(client, "T1", "U1") is None
        assert len(slack.calls_to("users.info")) == 1


def test_a_failing_users_info_gives_no_language_and_asks_again_next_time() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.script("users.info", Canned(body={"ok": False, "error": "ratelimited"}), _user("hu"))
        locales = SlackLocales()
        assert locales.language(client, "T1", "U1") is None
        assert locales.language(client, "T1", "U1") == "hu"


def test_without_asking_only_a_cached_locale_counts_and_slack_is_not_called() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.script("users.info", _user("hu-HU"))
        locales = SlackLocales()
        assert locales.language(client, "T1", "U1", ask=False) is None
        assert slack.calls_to("users.info") == []
        assert locales.language(client, "T1", "U1") == "hu"
        assert locales.language(client, "T1", "U1", ask=False) == "hu"


def test_a_slow_slack_is_waited_for_briefly_and_the_late_answer_serves_the_next_request() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.script("users.info", Canned(body=_user("hu").body, delay=1.0))
        locales = SlackLocales(wait=0.2)
        started = time.monotonic()
        assert locales.language(client, "T1", "U1") is None  # the fallback, at once
        assert locales.language(client, "T1", "U1") is None  # joins the same lookup
        assert time.monotonic() - started < 0.9
        slack.wait_for("users.info")
        deadline = time.monotonic() + 5
        while locales.language(client, "T1", "U1", ask=False) is None:
            assert time.monotonic() < deadline, "the late answer never reached the cache"
            time.sleep(0.05)
        assert locales.language(client, "T1", "U1") == "hu"
        assert len(slack.calls_to("users.info")) == 1
