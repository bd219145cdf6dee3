"""Which language a reader gets, and how values are written in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.languages import reader_language
from domain.messages import t as translate
from domain.messages.formatting import date, date_time, join, language_of, number, weekday


@pytest.mark.parametrize(
    ("own", "locale", "workspace", "expected"),
    [
        ("hu", "en-US", "en", "hu"),
        (None, "hu-HU", "en", "hu"),
        (None, "de-DE", "hu", "hu"),
        (None, None, "hu", "hu"),
        ("en", "hu-HU", "hu", "en"),
        (None, "fr-FR", None, "en"),
    ],
)
def test_a_users_own_choice_wins_then_a_shipped_slack_locale_then_the_workspace(
    own: str | None, locale: str | None, workspace: str | None, expected: str
) -> None:
    assert reader_language(own, locale, workspace) == expected


def test_slack_locales_map_to_the_languages_mmbot_ships() -> None:
    assert language_of("hu-HU") == "hu"
    assert language_of("en-GB") == "en"
    assert language_of("pt-BR") is None
    assert language_of("") is None


def test_numbers_dates_weekdays_and_lists_follow_each_language() -> None:
    day = dt.date(2026, 12, 1)
    assert number("hu", 1234.5) == "1\xa0234,5"
    assert number("en", 1234.5) == "1,234.5"
    assert date("hu", day) == "2026. 12. 01."
    assert date("en", day) == "Dec 1, 2026"
    assert date_time("hu", dt.datetime(2026, 12, 1, 9, 5)) == "2026. 12. 01. 09:05"
    assert weekday("hu", day) == "kedd"
    assert weekday("en", day) == "Tuesday"
    assert join("hu", ["A", "B", "C"]) == "A, B és C"
    assert join("en", ["A", "B", "C"]) == "A, B, and C"
    assert join("hu", ["A", "B"], style="or") == "A vagy B"


def test_a_number_longer_than_decimals_default_precision_is_still_written() -> None:
    # A user may type 26 digits into a count field; the refusal echoes it.
    typed = 14492062369155673407619072
    assert number("en", typed) == f"{typed:,}"
    assert number("hu", typed) == f"{typed:,}".replace(",", "\xa0")


def test_plural_forms_follow_cldr_in_both_languages() -> None:
    assert translate("en", "site.list", count=1) == "1 site:"
    assert translate("en", "site.list", count=0) == "0 sites:"
    assert translate("en", "site.list", count=2) == "2 sites:"
    assert translate("hu", "site.list", count=2) == "2 webhely:"
    one = translate("hu", "error.team_has_agents", team="Ügyfélszolgálat", count=1)
    many = translate("hu", "error.team_has_agents", team="Ügyfélszolgálat", count=3)
    assert "az ügynököt" in one
    assert "az ügynököket" in many


def test_a_term_is_looked_up_in_the_readers_language_with_its_inflection() -> None:
    text = translate(
        "hu", "notice.assign", actor="Kovács Éva", profile="Chat Heavy", target="Győr", kind="site"
    )
    assert text == "Kovács Éva hozzárendelte a(z) „Chat Heavy” profilt a(z) „Győr” webhelyhez"
    assert translate("en", "error.not_found", kind="site", name="Győr", hint="") == (
        'There is no site named "Győr".'
    )
    assert translate("hu", "error.not_found", kind="site", name="Győr", hint="") == (
        "Nincs „Győr” nevű webhely."
    )


def test_a_locale_mmbot_does_not_speak_reads_english() -> None:
    assert translate("de", "settings.saved") == translate("en", "settings.saved")
    assert translate("hu-HU", "settings.saved") == "Beállítások mentve."
