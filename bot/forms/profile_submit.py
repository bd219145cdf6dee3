"""The create, edit and delete forms as commands (the application recognises a repeat)."""

from __future__ import annotations

from typing import Any

from bot.forms.metadata import FormMetadata
from bot.forms.profile import ProfileDraft
from bot.forms.state import FormState
from domain.commands import model as m
from domain.profiles import ProfileValues


def _values(draft: ProfileDraft) -> dict[str, Any]:
    fields = draft.to_fields()
    return fields.model_dump(include=set(ProfileValues.model_fields))


def create_command(view: dict[str, Any], meta: FormMetadata) -> m.CreateProfile:
    """Create the profile the form describes."""
    draft = ProfileDraft.from_state(FormState.of(view))
    return m.CreateProfile(name=draft.name, form_opened_at=meta.opened_at, **_values(draft))


def edit_command(view: dict[str, Any], meta: FormMetadata) -> m.EditProfile:
    """Save the edited profile, based on the version the form showed."""
    draft = ProfileDraft.from_state(FormState.of(view))
    return m.EditProfile(
        profile=meta.profile or "",
        name=draft.name,
        expected_version=meta.version,
        form_opened_at=meta.opened_at,
        **_values(draft),
    )


def delete_command(_: dict[str, Any], meta: FormMetadata) -> m.DeleteProfile:
    """Delete the profile the confirmation named."""
    return m.DeleteProfile(profile=meta.profile or "", form_opened_at=meta.opened_at)
