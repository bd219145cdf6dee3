"""The delete confirmation modal, and the modal that shows a finished change."""

from __future__ import annotations

from bot.ids import Block, Callback
from bot.views.replies import reply_message
from domain.commands.replies import Reply
from domain.messages import t
from slackkit.blocks import SURFACE_BLOCKS_MAX, Json, modal, section
from slackkit.text import escape


def delete_confirmation(profile: str, *, metadata: str) -> Json:
    """Asks once more before an inactive profile is deleted."""
    return modal(
        Callback.DELETE,
        t("form.delete.title"),
        [section(escape(t("form.delete.question", profile=profile)), block_id=Block.DELETE_TEXT)],
        submit=t("form.delete.submit"),
        close=t("form.close"),
        private_metadata=metadata,
    )


def result_view(reply: Reply, *, title: str | None = None) -> Json:
    """What a modal turns into after its change was made."""
    blocks = reply_message(reply, max_blocks=SURFACE_BLOCKS_MAX).blocks
    return modal(Callback.RESULT, title or t("form.done_title"), blocks, close=t("form.done_close"))


def message_view(text: str) -> Json:
    """A modal that only shows `text` (a refusal that has no field to sit next to)."""
    return result_view(Reply(headline=text), title=t("form.not_done_title"))
