"""Refusals of a submitted form as Slack's `response_action: errors`, next to the right field."""

from __future__ import annotations

from typing import Any

from bot.forms import assign_submit
from bot.forms.profile import ProfileDraft, form_errors
from bot.forms.state import FormState
from bot.ids import Block, Callback, ImportId
from bot.views.confirm import message_view
from domain.errors import DomainError

_SETTINGS_FIELDS = {
    "multimedia": Block.MULTIMEDIA,
    "report_channel": Block.REPORT_CHANNEL,
    "report_schedule": Block.REPORT_SCHEDULE,
    "timezone": Block.TIMEZONE,
    "audit_channel": Block.AUDIT_CHANNEL,
    "report_all_clear": Block.ALL_CLEAR,
}


def _settings_errors(error: DomainError | None, text: str) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for item in error.field_errors if error else ():
        found.setdefault(_SETTINGS_FIELDS.get(item.field, Block.MULTIMEDIA), []).append(
            item.message
        )
    if not found:
        return {Block.MULTIMEDIA: text}
    return {block: " ".join(messages) for block, messages in found.items()}


def form_error_blocks(view: dict[str, Any], error: Exception, text: str) -> dict[str, str] | None:
    """block_id -> message for the view's form, or None when the view has no input to show it on."""
    domain_error = error if isinstance(error, DomainError) else None
    callback = view.get("callback_id")
    if callback in (Callback.PROFILE_CREATE, Callback.PROFILE_EDIT):
        if domain_error is None:
            return {Block.NAME: text}
        return form_errors(domain_error, ProfileDraft.from_state(FormState.of(view)).type)
    if callback == Callback.ASSIGN:
        if domain_error is None:
            return {Block.ASSIGN_PROFILE: text}
        return assign_submit.error_blocks(domain_error, text)
    if callback == Callback.SETTINGS:
        return _settings_errors(domain_error, text)
    if callback in (ImportId.PASTE_CALLBACK, ImportId.CONFIRM_CALLBACK):
        return {ImportId.CSV_BLOCK: text}
    return None


def submission_response(view: dict[str, Any], error: Exception, text: str) -> dict[str, Any]:
    """Errors next to fields where the form has them; otherwise the modal shows the message."""
    errors = form_error_blocks(view, error, text)
    if errors is None:
        return {"response_action": "update", "view": message_view(text)}
    return {"response_action": "errors", "errors": errors}
