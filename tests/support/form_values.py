"""`view.state.values` as Slack sends them for this app's forms."""

from __future__ import annotations

from typing import Any

from bot.ids import ON, Action, Block

Values = dict[str, dict[str, dict[str, Any]]]


def _text(block: str, action: str, value: str | None) -> Values:
    return {block: {action: {"type": "plain_text_input", "value": value}}}


def _select(block: str, action: str, value: str | None) -> Values:
    chosen = {"value": value, "text": {"type": "plain_text", "text": value}} if value else None
    return {block: {action: {"type": "static_select", "selected_option": chosen}}}


def profile_values(
    name: str,
    profile_type: str = "blended",
    *,
    description: str = "",
    channels: list[str] | None = None,
    **counts: str,
) -> Values:
    """The profile form: counts as typed (strings), or the channel checkboxes for exclusive."""
    values: Values = {
        **_text(Block.NAME, Action.NAME, name),
        **_text(Block.DESCRIPTION, Action.DESCRIPTION, description or None),
        **_select(Block.TYPE, Action.TYPE, profile_type),
    }
    if channels is not None:
        values[Block.CHANNELS] = {
            Action.CHANNELS: {
                "type": "checkboxes",
                "selected_options": [{"value": ch} for ch in channels],
            }
        }
    for channel, value in counts.items():
        values[channel] = {Action.COUNT: {"type": "number_input", "value": value}}
    return values


def assign_values(profile: str | None, kind: str, target: str | None) -> Values:
    return {
        **_select(Block.ASSIGN_PROFILE, Action.ASSIGN_PROFILE, profile),
        **_select(Block.ASSIGN_KIND, Action.ASSIGN_KIND, kind),
        **_select(Block.ASSIGN_TARGET, Action.ASSIGN_TARGET, target),
    }


def settings_values(
    *,
    multimedia: bool = True,
    schedule: str = "0 9 * * *",
    timezone: str = "UTC",
    report_channel: str | None = None,
    audit_channel: str | None = None,
    all_clear: bool = False,
) -> Values:
    return {
        **_select(Block.MULTIMEDIA, Action.MULTIMEDIA, ON if multimedia else "off"),
        **_text(Block.REPORT_SCHEDULE, Action.REPORT_SCHEDULE, schedule),
        **_text(Block.TIMEZONE, Action.TIMEZONE, timezone),
        Block.REPORT_CHANNEL: {
            Action.REPORT_CHANNEL: {
                "type": "conversations_select",
                "selected_conversation": report_channel,
            }
        },
        Block.AUDIT_CHANNEL: {
            Action.AUDIT_CHANNEL: {
                "type": "conversations_select",
                "selected_conversation": audit_channel,
            }
        },
        Block.ALL_CLEAR: {
            Action.ALL_CLEAR: {
                "type": "checkboxes",
                "selected_options": [{"value": ON}] if all_clear else [],
            }
        },
    }


def import_values(csv_text: str) -> Values:
    """The import modal's paste box."""
    from bot.ids import ImportId

    return _text(ImportId.CSV_BLOCK, ImportId.CSV_ACTION, csv_text)
