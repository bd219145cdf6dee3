"""Handlers for the profile commands."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply, Table, channel_notice
from domain.messages import t
from domain.ports import UnitOfWork
from domain.profiles import Profile, ProfileState, ProfileValues
from domain.services import lookup, profiles
from domain.services.profiles import ProfileChange, ProfileFields


def profile_fields(command: m.ProfileFields, *, name: str | None) -> ProfileFields:
    """The profile values a create or edit command gives."""
    return ProfileFields(name=name, **command.model_dump(include=set(ProfileValues.model_fields)))


def state_label(profile: Profile) -> str:
    """'active', 'inactive' or 'active, system'."""
    state = t("profile.state.active") if profile.active else t("profile.state.inactive")
    return f"{state}, {t('profile.state.system')}" if profile.system else state


def profile_table(found: list[Profile]) -> Table:
    """Profiles as rows: name, type, voice, chat, email, social, state."""
    return Table(
        columns=(
            t("col.name"),
            t("col.type"),
            t("col.voice"),
            t("col.chat"),
            t("col.email"),
            t("col.social"),
            t("col.state"),
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
        t("show.type", type=profile.type.value),
        t(
            "show.counts",
            voice=profile.voice,
            chat=profile.chat,
            email=profile.email,
            social=profile.social,
        ),
        t("show.state", state=state_label(profile)),
        t("show.description", description=profile.description or "—"),
        t("show.created", at=profile.created_at, by=profile.created_by),
        t(
            "show.updated",
            at=profile.updated_at,
            by=profile.updated_by,
            version=profile.version,
        ),
    )
    return Reply(headline=t("show.headline", name=profile.name), details=details)


def list_profiles(uow: UnitOfWork, _: Actor, command: m.ListProfiles) -> Reply:
    found = profiles.list_profiles(uow, command.state)
    if not found:
        return Reply(headline=t("list.empty", state=command.state.value))
    key = "list.headline_all" if command.state is ProfileState.ALL else "list.headline"
    return Reply(
        headline=t(key, count=len(found), state=command.state.value), table=profile_table(found)
    )


def show(uow: UnitOfWork, _: Actor, command: m.ShowProfile) -> Reply:
    return describe(lookup.profile(uow, command.profile))


def create(uow: UnitOfWork, actor: Actor, command: m.CreateProfile) -> Reply:
    created = profiles.create(uow, actor, profile_fields(command, name=command.name))
    return Reply(
        headline=t(
            "create.done", name=created.name, type=created.type.value, summary=created.summary()
        ),
        notice=channel_notice(uow, "notice.create", actor=actor.label, name=created.name),
    )


def edit_reply(uow: UnitOfWork, actor: Actor, change: ProfileChange) -> Reply:
    """What an edit answers, from the command or from the form."""
    edited = change.profile
    if not change.changed:
        return Reply(headline=t("edit.unchanged", name=edited.name))
    return Reply(
        headline=t("edit.done", name=edited.name, type=edited.type.value, summary=edited.summary()),
        notice=channel_notice(uow, "notice.edit", actor=actor.label, name=edited.name),
    )


def edit(uow: UnitOfWork, actor: Actor, command: m.EditProfile) -> Reply:
    fields = profile_fields(command, name=command.name)
    return edit_reply(uow, actor, profiles.edit(uow, actor, command.profile, fields))


def activate(uow: UnitOfWork, actor: Actor, command: m.ActivateProfile) -> Reply:
    change = profiles.activate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=t("activate.already", name=profile.name))
    return Reply(
        headline=t("activate.done", name=profile.name),
        notice=channel_notice(uow, "notice.activate", actor=actor.label, name=profile.name),
    )


def deactivate(uow: UnitOfWork, actor: Actor, command: m.DeactivateProfile) -> Reply:
    change = profiles.deactivate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=t("deactivate.already", name=profile.name))
    return Reply(
        headline=t("deactivate.done", name=profile.name),
        notice=channel_notice(uow, "notice.deactivate", actor=actor.label, name=profile.name),
    )


def delete(uow: UnitOfWork, actor: Actor, command: m.DeleteProfile) -> Reply:
    profile = profiles.delete(uow, actor, command.profile)
    return Reply(
        headline=t("delete.done", name=profile.name),
        notice=channel_notice(uow, "notice.delete", actor=actor.label, name=profile.name),
    )
