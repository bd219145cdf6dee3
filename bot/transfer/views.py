"""Block Kit for the import modal: the paste form, the preview before confirming, the result."""

from __future__ import annotations

from typing import Any

from bot.ids import ImportId
from domain.messages import t

Json = dict[str, Any]
# Slack's limits: a plain_text_input holds 3000 characters, a section's text 3000, a title 24.
CSV_MAX = 3000
SECTION_MAX = 3000


def _plain(text: str) -> Json:
    return {"type": "plain_text", "text": text[:75], "emoji": True}


def _section(text: str, block_id: str | None = None) -> Json:
    block: Json = {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_MAX]}}
    if block_id:
        block["block_id"] = block_id
    return block


def _paste_block(csv_text: str, lang: str) -> Json:
    element: Json = {
        "type": "plain_text_input",
        "action_id": ImportId.CSV_ACTION,
        "multiline": True,
        "max_length": CSV_MAX,
        "placeholder": _plain("name,email,slack,teams,profile"),
    }
    if csv_text:
        element["initial_value"] = csv_text[:CSV_MAX]
    return {
        "type": "input",
        "block_id": ImportId.CSV_BLOCK,
        "label": _plain(t(lang, "slack.import.paste_label")),
        "hint": _plain(t(lang, "slack.import.paste_hint")),
        "element": element,
    }


def _modal(
    callback: str, blocks: list[Json], submit: str | None, lang: str, metadata: str = ""
) -> Json:
    view: Json = {
        "type": "modal",
        "callback_id": callback,
        "title": _plain(t(lang, "slack.import.title")),
        "close": _plain(t(lang, "slack.import.close")),
        "blocks": blocks,
    }
    if submit:
        view["submit"] = _plain(submit)
    if metadata:
        view["private_metadata"] = metadata
    return view


def paste_form(lang: str, csv_text: str = "") -> Json:
    """The modal `/mmprofile import` opens: one multiline input for the CSV."""
    blocks = [_section(t(lang, "slack.import.intro")), _paste_block(csv_text, lang)]
    return _modal(ImportId.PASTE_CALLBACK, blocks, t(lang, "slack.import.preview_button"), lang)


def preview_view(summary: list[str], csv_text: str, metadata: str, lang: str) -> Json:
    """What the import would do, with the CSV kept editable; submitting applies it."""
    blocks = [
        _section("\n".join(summary), ImportId.PREVIEW_BLOCK),
        _paste_block(csv_text, lang),
        _section(t(lang, "slack.import.confirm_hint")),
    ]
    return _modal(
        ImportId.CONFIRM_CALLBACK, blocks, t(lang, "slack.import.apply_button"), lang, metadata
    )


def done_view(summary: list[str], lang: str) -> Json:
    """The modal after the import was applied."""
    return _modal(ImportId.DONE_CALLBACK, [_section("\n".join(summary))], None, lang)
