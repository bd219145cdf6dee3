"""`/mmprofile language`: any member chooses their own language; it is kept per workspace."""

from __future__ import annotations

from tests.integration.bot.conftest import MEMBER, WORKSPACE, RunningApp, answered_text


def _own_language(app: RunningApp, user: str) -> str | None:
    with app.factory(WORKSPACE, write=False) as uow:
        return uow.user_languages.get(user)


def test_a_member_chooses_hungarian_and_is_answered_in_it(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("language hu", user=MEMBER)

    assert answered_text(seeded_app.standin) == "Az mmbot mostantól magyarul válaszol Önnek."
    assert _own_language(seeded_app, MEMBER) == "hu"


def test_alone_it_says_which_language_applies_and_how_to_choose(seeded_app: RunningApp) -> None:
    seeded_app.slack.command("language", user=MEMBER)
    assert "You have not chosen a language" in answered_text(seeded_app.standin)

    seeded_app.slack.command("language hu", user=MEMBER)
    seeded_app.slack.command("language", user=MEMBER)
    assert "Az mmbot az Ön választása szerint" in answered_text(seeded_app.standin, 3)


def test_a_language_mmbot_does_not_speak_is_refused_naming_the_ones_it_does(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.command("language de", user=MEMBER)

    text = answered_text(seeded_app.standin)
    assert "de is not allowed here" in text
    assert "en, hu" in text
    assert _own_language(seeded_app, MEMBER) is None
