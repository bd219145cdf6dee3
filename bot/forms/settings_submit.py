"""Saving the settings form: only what differs from the stored settings is changed."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.forms.changes import change
from bot.forms.state import FormState
from bot.ids import ON, Action, Block
from bot.views.settings_form import is_channel_id
from domain.commands import model as m
from domain.commands.handlers import settings as handlers
from domain.commands.replies import Reply
from domain.languages import Language
from domain.messages import t
from domain.ports import UnitOfWork
from domain.services.workspaces import current
from domain.workspace import Workspace


def _channel(chosen: str | None, stored: str | None) -> str | None:
    """The new channel: chosen id, '' to clear, None to keep (a #name typed in a command stays)."""
    if chosen:
        return None if chosen == stored else chosen
    return "" if stored and is_channel_id(stored) else None


def _language(chosen: str | None, stored: str) -> Language | None:
    """The new language, or None to keep it (a value not offered by the form keeps it too)."""
    known = {language.value: language for language in Language}
    return None if chosen == stored else known.get(chosen or "")


def differences(view: dict[str, Any], stored: Workspace) -> m.ChangeSettings:
    """A ChangeSettings command holding only the values that differ from `stored`."""
    state = FormState.of(view)
    multimedia = state.selected(Block.MULTIMEDIA, Action.MULTIMEDIA)
    schedule = state.text(Block.REPORT_SCHEDULE, Action.REPORT_SCHEDULE) or ""
    timezone = state.text(Block.TIMEZONE, Action.TIMEZONE) or ""
    all_clear = ON in state.checked(Block.ALL_CLEAR, Action.ALL_CLEAR)
    language = state.selected(Block.LANGUAGE, Action.LANGUAGE)
    return m.ChangeSettings(
        multimedia=None
        if multimedia is None or (multimedia == ON) == stored.multimedia_enabled
        else multimedia == ON,
        report_channel=_channel(
            state.conversation(Block.REPORT_CHANNEL, Action.REPORT_CHANNEL), stored.report_channel
        ),
        report_schedule=None if " ".join(schedule.split()) == stored.report_schedule else schedule,
        timezone=None if timezone.strip() == stored.timezone else timezone,
        audit_channel=_channel(
            state.conversation(Block.AUDIT_CHANNEL, Action.AUDIT_CHANNEL), stored.audit_channel
        ),
        report_all_clear=None if all_clear == stored.report_all_clear else all_clear,
        language=_language(language, stored.language),
    )


def save(
    deps: Deps, client: WebClient, caller: Caller, view: dict[str, Any], _: dict[str, Any]
) -> Reply:
    """Change the settings the form changed; say so when nothing differs."""

    def work(uow: UnitOfWork) -> Reply:
        command = differences(view, current(uow))
        if not command.model_dump(exclude_none=True):
            return Reply(headline=t("form.settings.unchanged"))
        return handlers.change(uow, caller.actor, command)

    return change(deps, client, caller, m.ChangeSettings(), work)
