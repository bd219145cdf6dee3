"""A whole administrator session in Hungarian through signed requests: no English sentence.

Everything the administrator and the channels saw is collected from the Web API stand-in
(answers, forms, App Home, notices, the report) and checked against the English
catalogue's own words; the command keywords of SPEC §3 and the session's data are not
English sentences and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.ids import Block, Callback
from domain.messages import catalogue
from domain.messages.formatting import Plural
from tests.integration.bot.conftest import ADMIN, WORKSPACE, RunningApp, opened_view
from tests.support.form_values import profile_values

# SPEC §3: command words, subcommands, option keys and values stay English in Hungarian.
_KEYWORD_TEXT = """
    help list show create edit activate deactivate delete assign unassign effective usage
    history report site team agent settings import language add remove teams active inactive
    all unassigned type voice chat email social channels description name profile kind
    capacity blended blended_realtime exclusive multimedia report_channel report_schedule
    timezone audit_channel all_clear none true false page with rename move
"""
KEYWORDS = set(_KEYWORD_TEXT.split())
# The session's own data: names, channels, people.
# Org names are ASCII until the directory work allows any letters (SPEC §7).
DATA = ("Chat Heavy", "Debrecen", "Elso vonal", "Kovacs Eva", "Europe/Budapest")


def _forms(template: object) -> list[str]:
    if isinstance(template, Plural):
        return [text for form in template.forms().values() for text in _forms(form)]
    return [str(template)]


def _words(text: str) -> set[str]:
    text = re.sub(r"`[^`]*`|<[^>]*>|\{[^}]*\}|\w+=\S*", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]{4,}", text)}


def _english_words() -> set[str]:
    """Words of the English catalogue that no Hungarian text uses and that are no keyword."""
    english = {w for t in catalogue("en").values() for form in _forms(t) for w in _words(form)}
    hungarian = {w for t in catalogue("hu").values() for form in _forms(t) for w in _words(form)}
    return english - hungarian - KEYWORDS


def _texts(node: Any) -> Iterator[str]:
    """Every string a person reads in a Web API call's parameters or an HTTP answer."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            elif key == "errors" and isinstance(value, dict):  # form errors, by block
                yield from (str(text) for text in value.values())
            elif key not in {"action_id", "block_id", "callback_id", "private_metadata", "value"}:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def _english_in(texts: list[str]) -> dict[str, set[str]]:
    english = _english_words()
    found: dict[str, set[str]] = {}
    for text in texts:
        plain = text
        for name in DATA:
            plain = plain.replace(name, " ")
        hits = _words(plain) & english
        if hits:
            found[text[:120]] = hits
    return found


def _seen(app: RunningApp, answers: list[Any]) -> list[str]:
    texts = [text for answer in answers for text in _texts(answer)]
    for call in app.standin.calls:
        if call.method in {"response_url", "chat.postMessage", "chat.postEphemeral"}:
            texts += list(_texts(call.params))
        elif call.method.startswith("views."):
            texts += list(_texts(call.params.get("view")))
    return [text for text in texts if isinstance(text, str) and text.strip()]


def _report_now(app: RunningApp) -> None:
    """Run the scheduler's due report for the workspace, as `mmbot serve` does."""
    from bot.scheduler.runner import ReportRunner
    from slackkit.client import make_web_client
    from slackkit.posting import SlackReportPoster

    client = make_web_client("xoxb-test", app.standin.api_url)
    runner = ReportRunner(
        app.factory,
        SlackReportPoster(client),
        clock=lambda: datetime.now(UTC) + timedelta(days=2),
    )
    runner.run_due(WORKSPACE)


@pytest.fixture
def hungarian_admin(running_app: RunningApp) -> RunningApp:
    """The administrator's Slack language is Hungarian; mmbot ships it, so it is used."""
    running_app.standin.set_default(
        "users.info", {"ok": True, "user": {"id": ADMIN, "locale": "hu-HU", "is_admin": False}}
    )
    return running_app


def test_a_whole_admin_session_in_hungarian_shows_no_english_sentence(
    hungarian_admin: RunningApp,
) -> None:
    app, answers = hungarian_admin, []
    slack = app.slack
    for text in (
        "settings multimedia=on language=hu report_channel=#jelentes audit_channel=#valtozasok "
        "timezone=Europe/Budapest",
        "site add Debrecen",
        'team add "Elso vonal" site=Debrecen',
        'agent add "Kovacs Eva" team="Elso vonal"',
        "create Tartalek type=exclusive channels=email",
    ):
        answers.append(slack.command(text).body)

    slack.command("create")
    form = opened_view(app.standin)
    assert form["title"]["text"] == "Új profil"
    refused = slack.submit(form, profile_values("Chat Heavy", voice="3", chat="2")).json()
    assert refused["response_action"] == "errors"
    assert "megengedett érték: 0 vagy 1" in refused["errors"][Block.VOICE]
    created = slack.submit(form, profile_values("Chat Heavy", voice="1", chat="2")).json()
    answers += [refused, created]

    for text in ('assign "Chat Heavy" team "Elso vonal"', 'effective "Kovacs Eva"'):
        answers.append(slack.command(text).body)
    _report_now(app)
    slack.event({"type": "app_home_opened", "user": ADMIN, "channel": "D1", "tab": "home"})
    app.standin.wait_for("views.publish")

    seen = _seen(app, answers)
    joined = "\n".join(seen)
    assert refused["errors"][Block.VOICE] in seen
    assert "hozzárendelte a(z) „Chat Heavy” profilt a(z) „Elso vonal” csapathoz" in joined
    assert "Multimédiás profilok jelentése" in joined
    assert "Hozzá nem rendelt aktív profilok (1), inaktiválásra javasolt:" in joined
    assert "örökölt" in joined or "saját" in joined
    assert _english_in(seen) == {}
    # The administrator chose no language: their Slack locale, asked for once, decided.
    locale_asks = app.standin.calls_to("users.info")
    assert [str(c.params.get("include_locale")).lower() in {"1", "true"} for c in locale_asks] == [
        True
    ]
    assert form["callback_id"] == Callback.PROFILE_CREATE


def test_the_english_word_list_finds_an_english_sentence_and_spares_keywords() -> None:
    assert _english_in(['Profile "Chat Heavy" is active again and can be assigned.'])
    assert _english_in(['A(z) „Chat Heavy” profil újra aktív: `activate "Chat Heavy"`']) == {}
    assert "settings" not in _english_words()
