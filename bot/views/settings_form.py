"""The settings modal: multimedia switch, report channel, schedule, time zone, notices, all-clear."""

from __future__ import annotations

from typing import Any

from bot.ids import OFF, ON, Action, Block, Callback
from domain.messages import LANGUAGES, t
from domain.workspace import Workspace, is_channel_id
from slackkit.blocks import Json, input_block, modal, option

_CONVERSATION_FILTER = {"include": ["public", "private"], "exclude_bot_users": True}


def _language_select(current: str, lang: str) -> Json:
    options = [option(t(lang, f"language.name.{code}"), code) for code in LANGUAGES]
    chosen = next((o for o in options if o["value"] == current), options[0])
    return {
        "type": "static_select",
        "action_id": Action.LANGUAGE,
        "options": options,
        "initial_option": chosen,
    }


def _channel_select(action_id: str, current: str | None) -> Json:
    element: Json = {
        "type": "conversations_select",
        "action_id": action_id,
        "filter": _CONVERSATION_FILTER,
    }
    if is_channel_id(current):
        element["initial_conversation"] = current
    return element


def _set_by_name(current: str | None, lang: str) -> str | None:
    """The hint for a channel set by typed #name (the picker can only show a channel id)."""
    if current and not is_channel_id(current):
        return t(lang, "form.settings.channel_by_name", channel=current)
    return None


def _text(action_id: str, value: str) -> Json:
    return {"type": "plain_text_input", "action_id": action_id, "initial_value": value}


def settings_form(workspace: Workspace, *, metadata: str, lang: str) -> Json:
    """The modal filled in with the workspace's current settings."""
    switch: list[dict[str, Any]] = [
        option(t(lang, "form.settings.on"), ON),
        option(t(lang, "form.settings.off"), OFF),
    ]
    all_clear = option(t(lang, "form.settings.all_clear_option"), ON)
    all_clear_box: Json = {
        "type": "checkboxes",
        "action_id": Action.ALL_CLEAR,
        "options": [all_clear],
    }
    if workspace.report_all_clear:
        all_clear_box["initial_options"] = [all_clear]
    blocks = [
        input_block(
            Block.MULTIMEDIA,
            t(lang, "form.settings.multimedia"),
            {
                "type": "radio_buttons",
                "action_id": Action.MULTIMEDIA,
                "options": switch,
                "initial_option": switch[0] if workspace.multimedia_enabled else switch[1],
            },
            hint=t(lang, "form.settings.multimedia_hint"),
        ),
        input_block(
            Block.REPORT_CHANNEL,
            t(lang, "form.settings.report_channel"),
            _channel_select(Action.REPORT_CHANNEL, workspace.report_channel),
            hint=_set_by_name(workspace.report_channel, lang),
            optional=True,
        ),
        input_block(
            Block.REPORT_SCHEDULE,
            t(lang, "form.settings.schedule"),
            _text(Action.REPORT_SCHEDULE, workspace.report_schedule),
            hint=t(lang, "form.settings.schedule_hint"),
        ),
        input_block(
            Block.TIMEZONE,
            t(lang, "form.settings.timezone"),
            _text(Action.TIMEZONE, workspace.timezone),
            hint=t(lang, "form.settings.timezone_hint"),
        ),
        input_block(
            Block.AUDIT_CHANNEL,
            t(lang, "form.settings.audit_channel"),
            _channel_select(Action.AUDIT_CHANNEL, workspace.audit_channel),
            hint=_set_by_name(workspace.audit_channel, lang),
            optional=True,
        ),
        input_block(
            Block.ALL_CLEAR, t(lang, "form.settings.all_clear"), all_clear_box, optional=True
        ),
        input_block(
            Block.LANGUAGE,
            t(lang, "form.settings.language"),
            _language_select(workspace.language, lang),
            hint=t(lang, "form.settings.language_hint"),
        ),
    ]
    return modal(
        Callback.SETTINGS,
        t(lang, "form.settings.title"),
        blocks,
        submit=t(lang, "form.settings.submit"),
        close=t(lang, "form.close"),
        private_metadata=metadata,
    )
