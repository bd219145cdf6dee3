"""Which language a reader gets (SPEC §7 "Languages")."""

from __future__ import annotations

from enum import StrEnum

from domain.messages.formatting import DEFAULT_LANGUAGE, language_of


class Language(StrEnum):
    """The languages mmbot speaks (`language=` in settings, the `language` command)."""

    EN = "en"
    HU = "hu"


def reader_language(own: str | None, slack_locale: str | None, workspace: str | None) -> str:
    """What only one user sees: their own choice, else a Slack locale mmbot ships, else the
    workspace's language (which is also what channel posts use)."""
    return (
        language_of(own) or language_of(slack_locale) or language_of(workspace) or DEFAULT_LANGUAGE
    )
