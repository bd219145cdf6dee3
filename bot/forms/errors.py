"""Refusals of a submitted form as Slack's `response_action: errors`, next to the right field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.forms import assign_submit
from bot.forms.profile import ProfileDraft, form_errors
from bot.forms.state import FormState
from bot.ids import Block, Callback, ImportId
from bot.views.confirm import message_view
from domain.errors import DomainError
from domain.messages import Lines, Text, Translator, msg
from domain.transfer.problems import ImportRefused
from slackkit.blocks import cut

_SETTINGS_FIELDS = {
    "multimedia": Block.MULTIMEDIA,
    "report_channel": Block.REPORT_CHANNEL,
    "report_schedule": Block.REPORT_SCHEDULE,
    "timezone": Block.TIMEZONE,
    "audit_channel": Block.AUDIT_CHANNEL,
    "report_all_clear": Block.ALL_CLEAR,
}


def _settings_errors(error: DomainError) -> dict[str, list[Text]]:
    found: dict[str, list[Text]] = {}
    for item in error.field_errors:
        found.setdefault(_SETTINGS_FIELDS.get(item.field, Block.MULTIMEDIA), []).append(item.text)
    return found or {Block.MULTIMEDIA: [error.text]}


def form_error_blocks(view: Mapping[str, Any], error: DomainError) -> dict[str, list[Text]] | None:
    """block_id -> messages for the view's form, or None when it has no input to show them on."""
    callback = view.get("callback_id")
    if callback in (Callback.PROFILE_CREATE, Callback.PROFILE_EDIT):
        return form_errors(error, ProfileDraft.from_state(FormState.of(view)).type)
    if callback == Callback.ASSIGN:
        return assign_submit.error_blocks(error)
    if callback == Callback.SETTINGS:
        return _settings_errors(error)
    if callback in (ImportId.PASTE_CALLBACK, ImportId.CONFIRM_CALLBACK):
        if isinstance(error, ImportRefused):  # every problem, a line each
            return {ImportId.CSV_BLOCK: [msg("text.lines", lines=Lines(tuple(error.all_lines())))]}
        return {ImportId.CSV_BLOCK: [error.text]}
    return None


# Slack shows a field error of up to about this many characters below the input.
ERROR_MAX = 2000


def _rendered(found: Mapping[str, Sequence[Text]], lang: str) -> dict[str, str]:
    # Field errors are plain text under the input: nothing to escape.
    tr = Translator(lang)
    joined = {block: " ".join(tr.text(item) for item in items) for block, items in found.items()}
    return {block: cut(text, ERROR_MAX) for block, text in joined.items()}


def submission_response(
    view: Mapping[str, Any], error: Text | DomainError, lang: str
) -> dict[str, Any]:
    """Errors next to fields where the form has them; otherwise the modal shows the message."""
    found = form_error_blocks(view, error) if isinstance(error, DomainError) else None
    if found is None:
        text = error.text if isinstance(error, DomainError) else error
        return {"response_action": "update", "view": message_view(text, lang)}
    return {"response_action": "errors", "errors": _rendered(found, lang)}
