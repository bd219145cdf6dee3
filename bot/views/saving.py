"""The modal a form turns into while its change is still being saved (SPEC §7)."""

from __future__ import annotations

from bot.ids import Callback
from domain.messages import t
from slackkit.blocks import Json, modal, section
from slackkit.text import slack_translator


def still_saving_view(lang: str) -> Json:
    """Says the change is on its way; the bot replaces it with the outcome when it is done."""
    return modal(
        Callback.RESULT,
        t(lang, "form.saving_title"),
        [section(slack_translator(lang)("form.saving_text"))],
        close=t(lang, "form.done_close"),
    )
