"""The settings form as a command: the application saves only what differs."""

from __future__ import annotations

from typing import Any

from bot.forms.metadata import FormMetadata
from bot.forms.state import FormState
from bot.ids import ON, Action, Block
from domain.commands import model as m
from domain.languages import Language


def read_command(view: dict[str, Any], _: FormMetadata) -> m.SubmitSettingsForm:
    """Every value the form holds; a channel picker left empty clears that channel."""
    state = FormState.of(view)
    return m.SubmitSettingsForm(
        multimedia=state.selected(Block.MULTIMEDIA, Action.MULTIMEDIA) == ON,
        report_channel=state.conversation(Block.REPORT_CHANNEL, Action.REPORT_CHANNEL),
        report_schedule=state.text(Block.REPORT_SCHEDULE, Action.REPORT_SCHEDULE) or "",
        timezone=state.text(Block.TIMEZONE, Action.TIMEZONE) or "",
        audit_channel=state.conversation(Block.AUDIT_CHANNEL, Action.AUDIT_CHANNEL),
        report_all_clear=ON in state.checked(Block.ALL_CLEAR, Action.ALL_CLEAR),
        language=_language(state.selected(Block.LANGUAGE, Action.LANGUAGE)),
    )


def _language(chosen: str | None) -> Language | None:
    """The language picked, or None (keep it) for a value the form does not offer."""
    return next((language for language in Language if language.value == chosen), None)
