"""The delete confirmation modal, and the modal that shows a finished change."""

from __future__ import annotations

from bot.ids import Block, Callback
from bot.views.replies import reply_message
from domain.commands.replies import Reply
from domain.messages import Text, t
from slackkit.blocks import SURFACE_BLOCKS_MAX, Json, modal, section
from slackkit.text import slack_translator


def delete_confirmation(profile: str, *, metadata: str, lang: str) -> Json:
    """Asks once more before an inactive profile is deleted."""
    question = slack_translator(lang)("form.delete.question", profile=profile)
    return modal(
        Callback.DELETE,
        t(lang, "form.delete.title"),
        [section(question, block_id=Block.DELETE_TEXT)],
        submit=t(lang, "form.delete.submit"),
        close=t(lang, "form.close"),
        private_metadata=metadata,
    )


def result_view(reply: Reply, lang: str, *, title: str | None = None) -> Json:
    """What a modal turns into after its change was made."""
    blocks = reply_message(reply, lang, max_blocks=SURFACE_BLOCKS_MAX).blocks
    return modal(
        Callback.RESULT,
        title or t(lang, "form.done_title"),
        blocks,
        close=t(lang, "form.done_close"),
    )


def message_view(text: Text, lang: str) -> Json:
    """A modal that only shows `text` (a refusal that has no field to sit next to)."""
    return result_view(Reply(headline=text), lang, title=t(lang, "form.not_done_title"))
