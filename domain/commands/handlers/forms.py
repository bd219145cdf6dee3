"""What the Slack forms need before they open: the rules are checked now, not on submit only."""

from __future__ import annotations

from domain import rules
from domain.application.result import Result
from domain.audit import Actor
from domain.commands import model as m
from domain.ports import UnitOfWork
from domain.services import lookup
from domain.services.workspaces import current


def open_plain(_: UnitOfWork, __: Actor, ___: m.Command) -> Result:
    """A form that needs nothing from the store (create, assign, import)."""
    return Result()


def open_edit(uow: UnitOfWork, _: Actor, command: m.OpenEditForm) -> Result:
    """The profile to fill the edit form with, if it may be edited."""
    profile = lookup.profile(uow, command.profile)
    rules.check_editable(profile.name, system=profile.system)
    return Result(data=profile)


def open_delete(uow: UnitOfWork, _: Actor, command: m.OpenDeleteConfirmation) -> Result:
    """The profile to confirm the deletion of, if it may be deleted."""
    profile = lookup.profile(uow, command.profile)
    rules.check_deletable(profile.name, system=profile.system, active=profile.active)
    return Result(data=profile)


def open_settings(uow: UnitOfWork, _: Actor, __: m.OpenSettingsForm) -> Result:
    """The workspace, to fill the settings form with."""
    return Result(data=current(uow))
