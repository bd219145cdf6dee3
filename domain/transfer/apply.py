"""apply_import: carry out a validated plan through the same services single commands use."""

from __future__ import annotations

from typing import Any

from domain.audit import Actor
from domain.org import TeamKind
from domain.profiles import ProfileType
from domain.services import assignments, audit, org, profiles
from domain.services.profiles import ProfileFields
from domain.services.workspaces import SettingsChange, change_settings
from domain.transfer.apply_agents import Progress, apply_agents
from domain.transfer.document import ExportProfile, ExportSettings
from domain.transfer.plan_org import SiteStep, TeamStep
from domain.transfer.plan_profiles import ProfileStep
from domain.transfer.ports import ImportUnitOfWork
from domain.transfer.steps import ImportPlan, Outcome, Step

_CHANNEL_SETTINGS = {"report_channel", "audit_channel"}


def _settings(
    uow: ImportUnitOfWork, actor: Actor, step: Step[ExportSettings, ExportSettings]
) -> None:
    if step.outcome is not Outcome.CHANGE:
        return
    values: dict[str, Any] = {}
    for name in step.changed:
        value = getattr(step.item, name)
        # SettingsChange clears a channel with '' (None there means 'leave as it is').
        values[name] = "" if name in _CHANNEL_SETTINGS and value is None else value
    change_settings(uow, actor, SettingsChange(**values))


def _fields(item: ExportProfile) -> ProfileFields:
    return ProfileFields(
        name=item.name,
        type=ProfileType(item.type),
        description=item.description,
        voice=item.voice,
        chat=item.chat,
        email=item.email,
        social=item.social,
    )


def _profiles(uow: ImportUnitOfWork, actor: Actor, steps: tuple[ProfileStep, ...]) -> None:
    """Create, edit and activate first, so the assignments that follow find active profiles."""
    for step in steps:
        if step.outcome is Outcome.CREATE:
            profiles.create(uow, actor, _fields(step.item))
        elif step.outcome is Outcome.CHANGE:
            assert step.current is not None
            if set(step.changed) - {"active"}:
                profiles.edit(uow, actor, step.current.name, _fields(step.item))
            if step.item.active and "active" in step.changed:
                profiles.activate(uow, actor, step.item.name)


def _deactivations(uow: ImportUnitOfWork, actor: Actor, steps: tuple[ProfileStep, ...]) -> None:
    """Last, once nothing the import changed refers to them any more."""
    for step in steps:
        if not step.item.active and (step.outcome is Outcome.CREATE or "active" in step.changed):
            profiles.deactivate(uow, actor, step.item.name)


def _sites(uow: ImportUnitOfWork, actor: Actor, steps: tuple[SiteStep, ...]) -> None:
    for step in steps:
        if step.outcome is Outcome.CREATE:
            org.add_site(uow, actor, step.item.name, step.item.profile)
        elif step.outcome is Outcome.CHANGE:
            assignments.assign_to_site(uow, actor, step.item.profile, step.item.name)


def _teams(uow: ImportUnitOfWork, actor: Actor, steps: tuple[TeamStep, ...]) -> None:
    for step in steps:
        item = step.item
        if step.outcome is Outcome.CREATE:
            org.add_team(uow, actor, item.name, item.site, TeamKind(item.kind))
        if step.outcome is Outcome.KEEP or (step.outcome is Outcome.CREATE and not item.profile):
            continue
        if item.profile is None:
            assignments.unassign_team(uow, actor, item.name)
        else:
            assignments.assign_to_team(uow, actor, item.profile, item.name)


def _ignore_progress(done: int, total: int) -> None:
    """No progress display."""


def apply_import(
    uow: ImportUnitOfWork, actor: Actor, plan: ImportPlan, *, progress: Progress = _ignore_progress
) -> None:
    """Apply every step in dependency order, then record one audit entry with the counts."""
    if plan.settings is not None:
        _settings(uow, actor, plan.settings)
    _profiles(uow, actor, plan.profiles)
    _sites(uow, actor, plan.sites)
    _teams(uow, actor, plan.teams)
    apply_agents(uow, actor, plan.agents, progress)
    _deactivations(uow, actor, plan.profiles)
    audit.record(
        uow,
        actor,
        "import",
        "import",
        plan.source,
        after={
            outcome.value: {kind.value: n[outcome] for kind, n in plan.counts.items() if n[outcome]}
            for outcome in Outcome
        },
    )
