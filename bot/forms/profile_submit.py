"""Saving the create and edit profile forms, once even when Slack delivers a submission twice."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.forms.changes import change, happened_after, read
from bot.forms.profile import ProfileDraft
from bot.forms.state import FormState
from domain.commands import model as m
from domain.commands.handlers import profiles as handlers
from domain.commands.replies import Reply
from domain.errors import DuplicateName, NotFound, StaleVersion
from domain.messages import t
from domain.ports import UnitOfWork
from domain.services import profiles
from domain.services.profiles import ProfileFields, build_spec


def create(
    deps: Deps, client: WebClient, caller: Caller, view: dict[str, Any], meta: dict[str, Any]
) -> Reply:
    """Create the profile the form describes."""
    draft = ProfileDraft.from_state(FormState.of(view))
    command = m.CreateProfile(name=draft.name)

    def work(uow: UnitOfWork) -> Reply:
        fields = draft.to_fields()
        created = profiles.create(uow, caller.actor, fields)
        return Reply(
            headline=t(
                "create.done", name=created.name, type=created.type.value, summary=created.summary()
            ),
            notice=t("notice.create", actor=caller.actor.label, name=created.name),
        )

    try:
        return change(deps, client, caller, command, work)
    except DuplicateName:
        if _saved_by_this_form(deps, caller, draft, float(meta.get("o", 0))):
            return Reply(headline=t("slack.already_done"))
        raise


def edit(
    deps: Deps, client: WebClient, caller: Caller, view: dict[str, Any], meta: dict[str, Any]
) -> Reply:
    """Save the edited profile, refusing a save based on an older version than the stored one."""
    draft = ProfileDraft.from_state(FormState.of(view))
    name, version = str(meta.get("p", "")), int(meta.get("v", 0))
    command = m.EditProfile(profile=name)

    def work(uow: UnitOfWork) -> Reply:
        result = profiles.edit(uow, caller.actor, name, draft.to_fields(), expected_version=version)
        return handlers.edit_reply(uow, caller.actor, result)

    try:
        return change(deps, client, caller, command, work)
    except (StaleVersion, NotFound):
        # A renamed profile is no longer found under its old name on the second submit.
        if _saved_by_this_form(deps, caller, draft, float(meta.get("o", 0))):
            return Reply(headline=t("slack.already_done"))
        raise


def _saved_by_this_form(deps: Deps, caller: Caller, draft: ProfileDraft, opened_at: float) -> bool:
    """True when the stored profile is exactly what this form says, saved by this user since it opened."""

    def check(uow: UnitOfWork) -> bool:
        fields: ProfileFields = draft.to_fields()
        stored = uow.profiles.get_by_name(draft.name.strip())
        if stored is None or stored.updated_by != caller.actor.label:
            return False
        return happened_after(stored.updated_at, opened_at) and stored.spec == build_spec(
            fields, stored.spec
        )

    return read(deps, caller, check)


def delete(
    deps: Deps, client: WebClient, caller: Caller, _: dict[str, Any], meta: dict[str, Any]
) -> Reply:
    """Delete the profile the confirmation named; a second confirmation finds it gone and says so."""
    command = m.DeleteProfile(profile=str(meta.get("p", "")))
    try:
        return change(
            deps, client, caller, command, lambda uow: handlers.delete(uow, caller.actor, command)
        )
    except NotFound:
        return Reply(headline=t("slack.delete_gone", profile=command.profile))
