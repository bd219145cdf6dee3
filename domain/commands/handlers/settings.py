"""Handlers for showing and changing workspace settings."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply, channel_notice
from domain.messages import t
from domain.ports import UnitOfWork
from domain.services.workspaces import SettingsChange, change_settings, current
from domain.workspace import Workspace


def _on_off(value: bool) -> str:
    return t("settings.on") if value else t("settings.off")


def settings_lines(workspace: Workspace) -> tuple[str, ...]:
    """One line per setting."""
    unset = t("settings.unset")
    return (
        t("settings.multimedia", value=_on_off(workspace.multimedia_enabled)),
        t("settings.report_channel", value=workspace.report_channel or unset),
        t("settings.report_schedule", value=workspace.report_schedule, timezone=workspace.timezone),
        t("settings.all_clear", value=_on_off(workspace.report_all_clear)),
        t("settings.audit_channel", value=workspace.audit_channel or unset),
        t("settings.language", value=workspace.language),
    )


def show(uow: UnitOfWork, _: Actor, __: m.ShowSettings) -> Reply:
    return Reply(
        headline=t("settings.headline", workspace=uow.workspace_id),
        details=settings_lines(current(uow)),
    )


def change(uow: UnitOfWork, actor: Actor, command: m.ChangeSettings) -> Reply:
    before = current(uow)
    updated = change_settings(
        uow,
        actor,
        SettingsChange(
            multimedia=command.multimedia,
            report_channel=command.report_channel,
            report_schedule=command.report_schedule,
            timezone=command.timezone,
            audit_channel=command.audit_channel,
            report_all_clear=command.report_all_clear,
            language=command.language,
        ),
    )
    if updated == before:
        return Reply(headline=t("settings.unchanged"), details=settings_lines(updated))
    return Reply(
        headline=t("settings.saved"),
        details=settings_lines(updated),
        notice=channel_notice(uow, "notice.settings", actor=actor.label),
    )
