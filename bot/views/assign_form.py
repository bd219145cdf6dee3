"""The assign modal: a profile picker, a target kind, and a searchable target picker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.ids import Action, Block, Callback
from domain.commands.model import TargetKind
from domain.messages import msg, t
from slackkit.blocks import OPTIONS_MAX, Json, input_block, modal, option

_SEPARATOR = ":"


def target_value(kind: TargetKind, name: str) -> str:
    """An option value that says which kind of target it is: 'team:Sales'."""
    return f"{kind.value}{_SEPARATOR}{name}"


def parse_target(value: str) -> tuple[TargetKind, str] | None:
    """The kind and name of a target option value, or None if it is not one of ours."""
    kind, separator, name = value.partition(_SEPARATOR)
    if not separator or kind not in set(TargetKind) or not name:
        return None
    return TargetKind(kind), name


def _kind_option(kind: TargetKind, lang: str) -> dict[str, Any]:
    return option(t(lang, f"form.assign.kind.{kind.value}"), kind.value)


def assign_form(*, profile: str | None, kind: TargetKind | None, metadata: str, lang: str) -> Json:
    """The modal; `profile` and `kind` preselect values when the command named them."""
    profile_select: Json = {
        "type": "external_select",
        "action_id": Action.ASSIGN_PROFILE,
        "min_query_length": 0,
    }
    if profile:
        profile_select["initial_option"] = option(profile, profile)
    kind_select: Json = {
        "type": "static_select",
        "action_id": Action.ASSIGN_KIND,
        "options": [_kind_option(k, lang) for k in TargetKind],
        "initial_option": _kind_option(kind or TargetKind.SITE, lang),
    }
    target_select: Json = {
        "type": "external_select",
        "action_id": Action.ASSIGN_TARGET,
        "min_query_length": 0,
    }
    blocks = [
        input_block(
            Block.ASSIGN_PROFILE,
            t(lang, "form.assign.profile"),
            profile_select,
            hint=t(lang, "form.assign.profile_hint"),
        ),
        input_block(Block.ASSIGN_KIND, t(lang, "form.assign.kind"), kind_select),
        input_block(
            Block.ASSIGN_TARGET,
            t(lang, "form.assign.target"),
            target_select,
            hint=t(lang, "form.assign.target_hint"),
        ),
    ]
    return modal(
        Callback.ASSIGN,
        t(lang, "form.assign.title"),
        blocks,
        submit=t(lang, "form.assign.submit"),
        close=t(lang, "form.close"),
        private_metadata=metadata,
    )


def profile_options(names: Sequence[str]) -> list[dict[str, Any]]:
    """Options for the profile picker, at most Slack's 100."""
    return [option(name, name) for name in names[:OPTIONS_MAX]]


def target_options(found: Sequence[tuple[TargetKind, str]], lang: str) -> list[dict[str, Any]]:
    """Options for the target picker, at most Slack's 100, each value naming its kind."""
    return [
        option(
            t(lang, "form.assign.target_option", name=name, kind=msg(f"kind.{kind.value}")),
            target_value(kind, name),
        )
        for kind, name in found[:OPTIONS_MAX]
    ]
