"""The create/edit profile modal; its channel fields follow the chosen type."""

from __future__ import annotations

from typing import Any

from bot.forms.profile import ProfileDraft
from bot.ids import Action, Block, Callback
from domain.messages import t
from domain.profiles import CHANNELS, DESCRIPTION_MAX, LIMITS, NAME_MAX, ProfileType, describe_range
from slackkit.blocks import Json, context, input_block, modal, option
from slackkit.text import slack_translator

_COUNT_BLOCK = {
    "voice": Block.VOICE,
    "chat": Block.CHAT,
    "email": Block.EMAIL,
    "social": Block.SOCIAL,
}


def _type_option(profile_type: ProfileType, lang: str) -> dict[str, Any]:
    return option(t(lang, f"form.profile.type.{profile_type.value}"), profile_type.value)


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


def channel_blocks(draft: ProfileDraft, lang: str) -> list[Json]:
    """Number inputs with the type's limits as hints, or checkboxes for an exclusive profile."""
    if draft.type is ProfileType.EXCLUSIVE:
        options = [option(t(lang, f"channel.{ch.value}"), ch.value) for ch in CHANNELS]
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
                t(lang, "form.profile.channels"),
                element,
                hint=t(lang, "form.profile.channels_hint"),
            )
        ]
    blocks = []
    for channel in CHANNELS:
        low, high = LIMITS[draft.type][channel]
        number: Json = {
            "type": "number_input",
            "action_id": Action.COUNT,
            "is_decimal_allowed": False,
        }
        value = draft.counts.get(channel)
        if value not in (None, ""):
            number["initial_value"] = value
        blocks.append(
            input_block(
                _COUNT_BLOCK[channel.value],
                t(lang, "form.profile.count", channel=t(lang, f"channel.{channel.value}")),
                number,
                hint=t(
                    lang,
                    "form.profile.count_hint",
                    type=draft.type.value,
                    allowed=describe_range(low, high),
                ),
                optional=low == 0,
            )
        )
    return blocks


def profile_form(
    draft: ProfileDraft, *, editing: str | None, version: int | None, metadata: str, lang: str
) -> Json:
    """The modal for a new profile (`editing` None) or for editing the profile named `editing`."""
    type_select: Json = {
        "type": "static_select",
        "action_id": Action.TYPE,
        "options": [_type_option(pt, lang) for pt in ProfileType],
        "initial_option": _type_option(draft.type, lang),
    }
    blocks: list[Json] = []
    if editing is not None:
        blocks.append(
            context(slack_translator(lang)("form.profile.editing", name=editing, version=version))
        )
    blocks += [
        input_block(
            Block.NAME,
            t(lang, "form.profile.name"),
            _text_input(Action.NAME, draft.name, NAME_MAX),
            hint=t(lang, "form.profile.name_hint"),
        ),
        input_block(
            Block.DESCRIPTION,
            t(lang, "form.profile.description"),
            _text_input(Action.DESCRIPTION, draft.description, DESCRIPTION_MAX, multiline=True),
            hint=t(lang, "form.profile.description_hint"),
            optional=True,
        ),
        input_block(
            Block.TYPE,
            t(lang, "form.profile.type"),
            type_select,
            hint=t(lang, "form.profile.type_hint"),
            dispatch_action=True,
        ),
        *channel_blocks(draft, lang),
    ]
    creating = editing is None
    return modal(
        Callback.PROFILE_CREATE if creating else Callback.PROFILE_EDIT,
        t(lang, "form.profile.create_title" if creating else "form.profile.edit_title"),
        blocks,
        submit=t(lang, "form.profile.create_submit" if creating else "form.profile.edit_submit"),
        close=t(lang, "form.close"),
        private_metadata=metadata,
    )
