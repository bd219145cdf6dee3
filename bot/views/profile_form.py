"""The create/edit profile modal; its channel fields follow the chosen type."""

from __future__ import annotations

from typing import Any

from bot.forms.profile import ProfileDraft
from bot.ids import OFF, ON, Action, Block, Callback
from bot.views.blocks import Json, context, input_block, modal, option
from bot.views.text import escape
from domain.messages import t
from domain.profiles import CHANNELS, DESCRIPTION_MAX, LIMITS, NAME_MAX, ProfileType, describe_range

_COUNT_BLOCK = {
    "voice": Block.VOICE,
    "chat": Block.CHAT,
    "email": Block.EMAIL,
    "social": Block.SOCIAL,
}


def _type_option(profile_type: ProfileType) -> dict[str, Any]:
    return option(t(f"form.profile.type.{profile_type.value}"), profile_type.value)


def _text_input(action_id: str, value: str, max_length: int, *, multiline: bool = False) -> Json:
    element: Json = {
        "type": "plain_text_input",
        "action_id": action_id,
        "max_length": max_length,
        "multiline": multiline,
    }
    if value:
        element["initial_value"] = value
    return element


def channel_blocks(draft: ProfileDraft) -> list[Json]:
    """Number inputs with the type's limits as hints, or checkboxes for an exclusive profile."""
    if draft.type is ProfileType.EXCLUSIVE:
        options = [option(t(f"channel.{ch.value}"), ch.value) for ch in CHANNELS]
        element: Json = {
            "type": "checkboxes",
            "action_id": Action.CHANNELS,
            "options": options,
        }
        chosen = [o for o in options if o["value"] in {ch.value for ch in draft.channels}]
        if chosen:
            element["initial_options"] = chosen
        return [
            input_block(
                Block.CHANNELS,
                t("form.profile.channels"),
                element,
                hint=t("form.profile.channels_hint"),
            )
        ]
    blocks = []
    for channel in CHANNELS:
        low, high = LIMITS[draft.type][channel]
        number: Json = {
            "type": "number_input",
            "action_id": Action.COUNT,
            "is_decimal_allowed": False,
            "min_value": str(low),
            "max_value": str(high),
        }
        value = draft.counts.get(channel)
        if value not in (None, "") and _within(value, low, high):
            number["initial_value"] = value
        blocks.append(
            input_block(
                _COUNT_BLOCK[channel.value],
                t("form.profile.count", channel=t(f"channel.{channel.value}")),
                number,
                hint=t(
                    "form.profile.count_hint",
                    type=draft.type.value,
                    allowed=describe_range(low, high),
                ),
                optional=low == 0,
            )
        )
    return blocks


def _within(value: str | None, low: int, high: int) -> bool:
    """True for a whole number in [low, high] (Slack refuses a view with any other)."""
    try:
        return low <= int(str(value)) <= high
    except ValueError:
        return False


def active_block(active: bool) -> Json:
    """The Active/Inactive switch of the vendor's own edit form."""
    choices = [
        option(t("form.profile.active_option"), ON),
        option(t("form.profile.inactive_option"), OFF),
    ]
    element: Json = {
        "type": "radio_buttons",
        "action_id": Action.ACTIVE,
        "options": choices,
        "initial_option": choices[0] if active else choices[1],
    }
    return input_block(
        Block.ACTIVE, t("form.profile.active"), element, hint=t("form.profile.active_hint")
    )


def profile_form(
    draft: ProfileDraft, *, editing: str | None, version: int | None, metadata: str
) -> Json:
    """The modal for a new profile (`editing` None) or for editing the profile named `editing`."""
    type_select: Json = {
        "type": "static_select",
        "action_id": Action.TYPE,
        "options": [_type_option(pt) for pt in ProfileType],
        "initial_option": _type_option(draft.type),
    }
    blocks: list[Json] = []
    if editing is not None:
        blocks.append(context(escape(t("form.profile.editing", name=editing, version=version))))
    blocks += [
        input_block(
            Block.NAME,
            t("form.profile.name"),
            _text_input(Action.NAME, draft.name, NAME_MAX),
            hint=t("form.profile.name_hint"),
        ),
        input_block(
            Block.DESCRIPTION,
            t("form.profile.description"),
            _text_input(Action.DESCRIPTION, draft.description, DESCRIPTION_MAX, multiline=True),
            hint=t("form.profile.description_hint"),
            optional=True,
        ),
        input_block(
            Block.TYPE,
            t("form.profile.type"),
            type_select,
            hint=t("form.profile.type_hint"),
            dispatch_action=True,
        ),
        *channel_blocks(draft),
    ]
    if editing is not None and draft.active is not None:
        blocks.append(active_block(draft.active))
    creating = editing is None
    return modal(
        Callback.PROFILE_CREATE if creating else Callback.PROFILE_EDIT,
        t("form.profile.create_title" if creating else "form.profile.edit_title"),
        blocks,
        submit=t("form.profile.create_submit" if creating else "form.profile.edit_submit"),
        close=t("form.close"),
        private_metadata=metadata,
    )
