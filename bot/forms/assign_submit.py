"""Saving the assign form: one change however often it is submitted."""

from __future__ import annotations

from typing import Any

from bot.forms.metadata import FormMetadata
from bot.forms.state import FormState
from bot.ids import Action, Block
from bot.views.assign_form import parse_target
from domain.commands import model as m
from domain.errors import (
    CapacityTeamHasNoProfile,
    DomainError,
    FieldError,
    MultimediaDisabled,
    NotFound,
    ProfileInactive,
    ValidationFailed,
)
from domain.messages import Text, msg

_FIELD_BLOCKS = {
    "profile": Block.ASSIGN_PROFILE,
    "kind": Block.ASSIGN_KIND,
    "target": Block.ASSIGN_TARGET,
}


def read_command(view: dict[str, Any], _: FormMetadata) -> m.Assign:
    """The Assign command the form asks for, or ValidationFailed naming the missing choice."""
    state = FormState.of(view)
    profile = state.selected(Block.ASSIGN_PROFILE, Action.ASSIGN_PROFILE)
    kind_value = state.selected(Block.ASSIGN_KIND, Action.ASSIGN_KIND) or m.TargetKind.SITE.value
    kind = m.TargetKind(kind_value) if kind_value in set(m.TargetKind) else m.TargetKind.SITE
    target = parse_target(state.selected(Block.ASSIGN_TARGET, Action.ASSIGN_TARGET) or "")
    errors = []
    what = msg(f"form.assign.pick.{kind.value}")
    if not profile:
        errors.append(
            FieldError("profile", "form.assign.pick", {"what": msg("form.assign.pick.profile")})
        )
    if target is None or target[0] is not kind:
        errors.append(FieldError("target", "form.assign.pick", {"what": what}))
    if errors or target is None or profile is None:
        raise ValidationFailed(errors)
    return m.Assign(profile=profile, target_kind=kind, target=target[1])


def error_blocks(error: DomainError) -> dict[str, list[Text]]:
    """Where each refusal of the assign form is shown."""
    text = error.text
    if error.field_errors:
        found: dict[str, list[Text]] = {}
        for item in error.field_errors:
            found.setdefault(_FIELD_BLOCKS.get(item.field, Block.ASSIGN_TARGET), []).append(
                item.text
            )
        return found
    if isinstance(error, ProfileInactive) or (
        isinstance(error, NotFound) and error.kind == "profile"
    ):
        return {Block.ASSIGN_PROFILE: [text]}
    if isinstance(error, MultimediaDisabled):
        return {Block.ASSIGN_KIND: [msg("form.assign.multimedia_off")]}
    if isinstance(error, CapacityTeamHasNoProfile | NotFound):
        return {Block.ASSIGN_TARGET: [text]}
    return {Block.ASSIGN_PROFILE: [text]}
