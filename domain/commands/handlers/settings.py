"""Handlers for showing and changing workspace settings."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.messages import Text, msg
from domain.ports import UnitOfWork
from domain.services.workspaces import SettingsChange, change_settings, current
from domain.workspace import Workspace, is_channel_id


def _on_off(value: bool) -> Text:
    return msg("settings.on") if value else msg("settings.off")


def settings_lines(workspace: Workspace) -> tuple[Text, ...]:
    """One line per setting."""
    unset = msg("settings.unset")
    return (
        msg("settings.multimedia", value=_on_off(workspace.multimedia_enabled)),
        msg("settings.report_channel", value=workspace.report_channel or unset),
        msg(
            "settings.report_schedule", value=workspace.report_schedule, timezone=workspace.timezone
        ),
        msg("settings.all_clear", value=_on_off(workspace.report_all_clear)),
        msg("settings.audit_channel", value=workspace.audit_channel or unset),
        msg("settings.language", value=workspace.language),
    )


def show(uow: UnitOfWork, _: Actor, __: m.ShowSettings) -> Reply:
    return Reply(
        headline=msg("settings.headline", workspace=uow.workspace_id),
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
        return Reply(headline=msg("settings.unchanged"), details=settings_lines(updated))
    return Reply(
        headline=msg("settings.saved"),
        details=settings_lines(updated),
        notice=msg("notice.settings", actor=actor),
    )


def _picked(chosen: str | None, stored: str | None) -> str | None:
    """The new channel: the one picked, '' to clear one no longer picked, None to keep it.

    A channel typed as #name in a command cannot show in the picker, so it is kept.
    """
    if chosen:
        return chosen
    return "" if stored and is_channel_id(stored) else None


def submit_form(uow: UnitOfWork, actor: Actor, command: m.SubmitSettingsForm) -> Reply:
    """Save what the settings form changed; say so when nothing differs."""
    stored = current(uow)
    wanted = m.ChangeSettings(
        multimedia=command.multimedia,
        report_channel=_picked(command.report_channel, stored.report_channel),
        report_schedule=command.report_schedule,
        timezone=command.timezone,
        audit_channel=_picked(command.audit_channel, stored.audit_channel),
        report_all_clear=command.report_all_clear,
        language=command.language,
    )
    reply = change(uow, actor, wanted)
    if reply.notice is None:
        return Reply(headline=msg("form.settings.unchanged"))
    return reply


def set_admins(uow: UnitOfWork, actor: Actor, command: m.SetWorkspaceAdmins) -> Reply:
    """The workspace's own administrators, audited like every other setting."""
    saved = change_settings(
        uow, actor, SettingsChange(admin_users=command.users, admin_group=command.group)
    )
    none = msg("workspace.admins_none")
    return Reply(
        headline=msg(
            "workspace.admins_saved",
            workspace=uow.workspace_id,
            users=", ".join(saved.admin_users) or none,
            group=saved.admin_group or none,
        )
    )
