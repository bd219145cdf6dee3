"""Workspaces: created with their default profile on first use; settings."""

from __future__ import annotations

from dataclasses import dataclass

from domain import rules
from domain.audit import SYSTEM_ACTOR, Actor
from domain.clock import utc_now
from domain.cron import check_cron
from domain.errors import DomainError
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.profiles import DEFAULT_PROFILE_NAME, DEFAULT_PROFILE_SPEC
from domain.services import audit
from domain.workspace import (
    Workspace,
    check_channel,
    check_language,
    check_slack_ids,
    check_timezone,
)


class NoWorkspace(DomainError):
    """A request that names no workspace (a payload without a team id): nothing is created."""

    key = "error.no_workspace"

    def __init__(self) -> None:
        super().__init__()


def ensure_workspace(factory: UnitOfWorkFactory, workspace_id: str) -> None:
    """Create the workspace and its Default_Telephony_Profile if this is its first use."""
    if not workspace_id.strip():
        raise NoWorkspace()
    with factory(workspace_id) as uow:
        uow.workspaces.ensure(Workspace(id=workspace_id, created_at=utc_now()))
        if uow.profiles.get_by_name(DEFAULT_PROFILE_NAME) is None:
            uow.profiles.add(DEFAULT_PROFILE_SPEC, system=True, actor=SYSTEM_ACTOR, at=utc_now())
        uow.commit()


def current(uow: UnitOfWork) -> Workspace:
    """The workspace of this unit of work (it exists once ensure_workspace has run)."""
    workspace = uow.workspaces.get()
    if workspace is None:
        raise LookupError(f"workspace {uow.workspace_id} was not initialised")
    return workspace


def require_multimedia(uow: UnitOfWork) -> None:
    """Refuse assignment while the multimedia switch is off."""
    rules.check_multimedia(current(uow).multimedia_enabled)


@dataclass(frozen=True)
class SettingsChange:
    """Settings to change; None leaves a setting as it is, '' clears a channel."""

    multimedia: bool | None = None
    report_channel: str | None = None
    report_schedule: str | None = None
    timezone: str | None = None
    audit_channel: str | None = None
    report_all_clear: bool | None = None
    admin_users: tuple[str, ...] | None = None  # () clears the list
    admin_group: str | None = None  # '' clears it
    language: str | None = None


def change_settings(uow: UnitOfWork, actor: Actor, change: SettingsChange) -> Workspace:
    """Validate and save the settings that differ; audited with before and after."""
    before = current(uow)
    updates: dict[str, object] = {}
    if change.multimedia is not None:
        updates["multimedia_enabled"] = change.multimedia
    if change.report_all_clear is not None:
        updates["report_all_clear"] = change.report_all_clear
    if change.report_schedule is not None:
        updates["report_schedule"] = check_cron(change.report_schedule)
    if change.language is not None:
        updates["language"] = check_language("language", change.language)
    if change.timezone is not None:
        updates["timezone"] = check_timezone(change.timezone.strip())
    for key in ("report_channel", "audit_channel"):
        value = getattr(change, key)
        if value is not None:
            updates[key] = check_channel(key, value)
    if change.admin_users is not None:
        updates["admin_users"] = check_slack_ids("admin_users", change.admin_users, "UW")
    if change.admin_group is not None:
        group = change.admin_group.strip()
        updates["admin_group"] = check_slack_ids("admin_group", (group,), "S")[0] if group else None
    updates = {key: value for key, value in updates.items() if getattr(before, key) != value}
    if not updates:
        return before
    after = uow.workspaces.save(before.model_copy(update=updates))
    fields = sorted(updates)
    audit.record(
        uow,
        actor,
        "settings.change",
        "workspace",
        uow.workspace_id,
        before=before.model_dump(mode="json", include=set(fields)),
        after=after.model_dump(mode="json", include=set(fields)),
    )
    return after
