"""Handlers for the profile commands."""

from __future__ import annotations

import dataclasses

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.offers import profile_offers
from domain.commands.replies import Reply, Table
from domain.errors import DuplicateName, NotFound, StaleVersion
from domain.messages import Text, msg
from domain.ports import UnitOfWork
from domain.profiles import Profile, ProfileType, ProfileValues
from domain.services import lookup, profiles
from domain.services.profiles import ProfileChange, ProfileFields


def profile_fields(command: m.ProfileFields, *, name: str | None) -> ProfileFields:
    """The profile values a create or edit command gives."""
    return ProfileFields(name=name, **command.model_dump(include=set(ProfileValues.model_fields)))


def state_label(profile: Profile) -> Text:
    """'active', 'inactive' or 'active, system'."""
    state = msg("profile.state.active") if profile.active else msg("profile.state.inactive")
    return msg("profile.state.system_of", state=state) if profile.system else state


def profile_table(found: list[Profile]) -> Table:
    """Profiles as rows: name, type, voice, chat, email, social, state."""
    return Table(
        columns=(
            msg("col.name"),
            msg("col.type"),
            msg("col.voice"),
            msg("col.chat"),
            msg("col.email"),
            msg("col.social"),
            msg("col.state"),
        ),
        rows=tuple(
            (
                p.name,
                p.type.value,
                str(p.voice),
                str(p.chat),
                str(p.email),
                str(p.social),
                state_label(p),
            )
            for p in found
        ),
    )


def describe(profile: Profile) -> Reply:
    """Every field of one profile."""
    details = (
        msg("show.type", type=profile.type.value),
        counts_line(profile),
        msg("show.state", state=state_label(profile)),
        msg("show.description", description=profile.description or "—"),
        msg("show.created", at=profile.created_at, by=profile.created_by),
        msg(
            "show.updated",
            at=profile.updated_at,
            by=profile.updated_by,
            version=profile.version,
        ),
    )
    return Reply(
        headline=msg("show.headline", name=profile.name),
        details=details,
        offers=profile_offers(profile),
    )


def _channel_types(profile: Profile) -> tuple[Text, ...]:
    return tuple(msg(f"channel.{ch.value}") for ch in profile.enabled_channels())


def summary_text(profile: Profile) -> Text | str:
    """'voice 1, chat 3', or for an exclusive profile its channel types, one contact at a time."""
    if profile.type is ProfileType.EXCLUSIVE:
        return msg("home.exclusive_summary", channels=_channel_types(profile))
    return profile.summary() or "—"


def counts_line(profile: Profile) -> Text:
    """'Voice 1 · Chat 5 · …', or for an exclusive profile the channel types it receives."""
    if profile.type is ProfileType.EXCLUSIVE:
        return msg("show.exclusive_channels", channels=_channel_types(profile))
    return msg(
        "show.counts",
        voice=profile.voice,
        chat=profile.chat,
        email=profile.email,
        social=profile.social,
    )


def show(uow: UnitOfWork, _: Actor, command: m.ShowProfile) -> Reply:
    return describe(lookup.profile(uow, command.profile))


def _repeated_submission(
    uow: UnitOfWork, actor: Actor, fields: ProfileFields, opened_at: float | None
) -> bool:
    return opened_at is not None and profiles.saved_by_this_form(uow, actor, fields, opened_at)


def create(uow: UnitOfWork, actor: Actor, command: m.CreateProfile) -> Reply:
    fields = profile_fields(command, name=command.name)
    try:
        created = profiles.create(uow, actor, fields)
    except DuplicateName:
        if _repeated_submission(uow, actor, fields, command.form_opened_at):
            return Reply(headline=msg("slack.already_done"))
        raise
    return Reply(
        headline=msg(
            "create.done", name=created.name, type=created.type.value, summary=summary_text(created)
        ),
        notice=msg("notice.create", actor=actor, name=created.name),
    )


def edit_reply(actor: Actor, change: ProfileChange) -> Reply:
    """What an edit answers, from the command or from the form."""
    edited = change.profile
    if not change.changed:
        return Reply(headline=msg("edit.unchanged", name=edited.name))
    return Reply(
        headline=msg(
            "edit.done", name=edited.name, type=edited.type.value, summary=summary_text(edited)
        ),
        notice=msg("notice.edit", actor=actor, name=edited.name),
    )


def edit(uow: UnitOfWork, actor: Actor, command: m.EditProfile) -> Reply:
    fields = profile_fields(command, name=command.name)
    try:
        change = profiles.edit(
            uow, actor, command.profile, fields, expected_version=command.expected_version
        )
    except (StaleVersion, NotFound):
        # A renamed profile is no longer found under its old name on the second delivery.
        if _repeated_submission(uow, actor, fields, command.form_opened_at):
            return Reply(headline=msg("slack.already_done"))
        raise
    reply = edit_reply(actor, change)
    if command.active is None or command.active == change.profile.active:
        return reply
    # The form's Active/Inactive switch: the rules of the commands, in the same transaction.
    target = change.profile.name
    switched = (
        activate(uow, actor, m.ActivateProfile(profile=target))
        if command.active
        else deactivate(uow, actor, m.DeactivateProfile(profile=target))
    )
    if not change.changed:
        return switched
    return dataclasses.replace(reply, details=(*reply.details, switched.headline))


def activate(uow: UnitOfWork, actor: Actor, command: m.ActivateProfile) -> Reply:
    change = profiles.activate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=msg("activate.already", name=profile.name))
    return Reply(
        headline=msg("activate.done", name=profile.name),
        notice=msg("notice.activate", actor=actor, name=profile.name),
    )


def deactivate(uow: UnitOfWork, actor: Actor, command: m.DeactivateProfile) -> Reply:
    change = profiles.deactivate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=msg("deactivate.already", name=profile.name))
    return Reply(
        headline=msg("deactivate.done", name=profile.name),
        notice=msg("notice.deactivate", actor=actor, name=profile.name),
    )


def delete(uow: UnitOfWork, actor: Actor, command: m.DeleteProfile) -> Reply:
    try:
        profile = profiles.delete(uow, actor, command.profile)
    except NotFound:
        if command.form_opened_at is None:
            raise
        return Reply(headline=msg("slack.delete_gone", profile=command.profile))
    return Reply(
        headline=msg("delete.done", name=profile.name),
        notice=msg("notice.delete", actor=actor, name=profile.name),
    )
