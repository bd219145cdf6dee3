"""Handlers for the profile commands."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.offers import profile_offers
from domain.commands.replies import Reply, Table
from domain.messages import t
from domain.ports import UnitOfWork
from domain.profiles import Profile, ProfileType, ProfileValues
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
        counts_line(profile),
        t("show.state", state=state_label(profile)),
        t("show.description", description=profile.description or "—"),
        t("show.created", at=f"{profile.created_at:%Y-%m-%d %H:%M} UTC", by=profile.created_by),
        t(
            "show.updated",
            at=f"{profile.updated_at:%Y-%m-%d %H:%M} UTC",
            by=profile.updated_by,
            version=profile.version,
        ),
    )
    return Reply(
        headline=t("show.headline", name=profile.name),
        details=details,
        offers=profile_offers(profile),
    )


def _channel_types(profile: Profile) -> str:
    return ", ".join(t(f"channel.{ch.value}") for ch in profile.enabled_channels())


def summary_text(profile: Profile) -> str:
    """'voice 1, chat 3', or for an exclusive profile its channel types, one contact at a time."""
    if profile.type is ProfileType.EXCLUSIVE:
        return t("home.exclusive_summary", channels=_channel_types(profile))
    return profile.summary() or "—"


def counts_line(profile: Profile) -> str:
    """'Voice 1 · Chat 5 · …', or for an exclusive profile the channel types it receives."""
    if profile.type is ProfileType.EXCLUSIVE:
        return t("show.exclusive_channels", channels=_channel_types(profile))
    return t(
        "show.counts",
        voice=profile.voice,
        chat=profile.chat,
        email=profile.email,
        social=profile.social,
    )


def show(uow: UnitOfWork, _: Actor, command: m.ShowProfile) -> Reply:
    return describe(lookup.profile(uow, command.profile))


def create(uow: UnitOfWork, actor: Actor, command: m.CreateProfile) -> Reply:
    created = profiles.create(uow, actor, profile_fields(command, name=command.name))
    return Reply(
        headline=t(
            "create.done", name=created.name, type=created.type.value, summary=summary_text(created)
        ),
        notice=t("notice.create", actor=actor.label, name=created.name),
    )


def edit_reply(actor: Actor, change: ProfileChange) -> Reply:
    """What an edit answers, from the command or from the form."""
    edited = change.profile
    if not change.changed:
        return Reply(headline=t("edit.unchanged", name=edited.name))
    return Reply(
        headline=t(
            "edit.done", name=edited.name, type=edited.type.value, summary=summary_text(edited)
        ),
        notice=t("notice.edit", actor=actor.label, name=edited.name),
    )


def edit(uow: UnitOfWork, actor: Actor, command: m.EditProfile) -> Reply:
    fields = profile_fields(command, name=command.name)
    return edit_reply(actor, profiles.edit(uow, actor, command.profile, fields))


def activate(uow: UnitOfWork, actor: Actor, command: m.ActivateProfile) -> Reply:
    change = profiles.activate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=t("activate.already", name=profile.name))
    return Reply(
        headline=t("activate.done", name=profile.name),
        notice=t("notice.activate", actor=actor.label, name=profile.name),
    )


def deactivate(uow: UnitOfWork, actor: Actor, command: m.DeactivateProfile) -> Reply:
    change = profiles.deactivate(uow, actor, command.profile)
    profile = change.profile
    if not change.changed:
        return Reply(headline=t("deactivate.already", name=profile.name))
    return Reply(
        headline=t("deactivate.done", name=profile.name),
        notice=t("notice.deactivate", actor=actor.label, name=profile.name),
    )


def delete(uow: UnitOfWork, actor: Actor, command: m.DeleteProfile) -> Reply:
    profile = profiles.delete(uow, actor, command.profile)
    return Reply(
        headline=t("delete.done", name=profile.name),
        notice=t("notice.delete", actor=actor.label, name=profile.name),
    )
