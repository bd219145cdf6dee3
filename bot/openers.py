"""Opening the forms (views.open) from a command or a button, with the admin check first."""

from __future__ import annotations

import time
import uuid
from typing import Any

from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.forms.changes import read, require_admin
from bot.forms.profile import ProfileDraft
from bot.forms.state import write_metadata
from bot.transfer.views import paste_form
from bot.views.assign_form import assign_form
from bot.views.confirm import delete_confirmation
from bot.views.profile_form import profile_form
from bot.views.settings_form import settings_form
from domain.commands import model as m
from domain.errors import ProfileStillActive, SystemProfileLocked
from domain.profiles import Profile
from domain.services import lookup
from domain.services.workspaces import current


def form_metadata(**values: Any) -> str:
    """private_metadata for a new form: an idempotency key, when it opened, and `values`."""
    return write_metadata({"k": uuid.uuid4().hex, "o": round(time.time(), 3), **values})


def open_create(deps: Deps, client: WebClient, caller: Caller, trigger_id: str) -> None:
    require_admin(deps, client, caller, m.OpenCreateForm())
    draft = ProfileDraft()
    view = profile_form(
        draft, editing=None, version=None, metadata=form_metadata(t=draft.type.value)
    )
    client.views_open(trigger_id=trigger_id, view=view)


def open_edit(deps: Deps, client: WebClient, caller: Caller, trigger_id: str, name: str) -> None:
    require_admin(deps, client, caller, m.OpenEditForm(profile=name))
    profile: Profile = read(deps, caller, lambda uow: lookup.profile(uow, name))
    if profile.system:
        raise SystemProfileLocked(profile.name, "edit")
    draft = ProfileDraft.from_profile(profile)
    metadata = form_metadata(t=draft.type.value, p=profile.name, v=profile.version)
    view = profile_form(draft, editing=profile.name, version=profile.version, metadata=metadata)
    client.views_open(trigger_id=trigger_id, view=view)


def open_delete(deps: Deps, client: WebClient, caller: Caller, trigger_id: str, name: str) -> None:
    """Ask for confirmation; a profile that cannot be deleted is refused before the modal opens."""
    require_admin(deps, client, caller, m.DeleteProfile(profile=name))
    profile: Profile = read(deps, caller, lambda uow: lookup.profile(uow, name))
    if profile.system:
        raise SystemProfileLocked(profile.name, "delete")
    if profile.active:
        raise ProfileStillActive(profile.name)
    view = delete_confirmation(profile.name, metadata=form_metadata(p=profile.name))
    client.views_open(trigger_id=trigger_id, view=view)


def open_assign(deps: Deps, client: WebClient, caller: Caller, trigger_id: str) -> None:
    require_admin(
        deps, client, caller, m.Assign(profile="", target_kind=m.TargetKind.SITE, target="")
    )
    view = assign_form(profile=None, kind=None, metadata=form_metadata())
    client.views_open(trigger_id=trigger_id, view=view)


def open_settings(deps: Deps, client: WebClient, caller: Caller, trigger_id: str) -> None:
    require_admin(deps, client, caller, m.ChangeSettings())
    workspace = read(deps, caller, current)
    client.views_open(
        trigger_id=trigger_id, view=settings_form(workspace, metadata=form_metadata())
    )


def open_import(deps: Deps, client: WebClient, caller: Caller, trigger_id: str) -> None:
    """The CSV paste form of the agent import (bot/transfer)."""
    require_admin(deps, client, caller, m.OpenImportForm())
    client.views_open(trigger_id=trigger_id, view=paste_form())
