"""Profile lifecycle: create, edit, activate, deactivate, delete (SPEC §2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain import rules
from domain.audit import Actor
from domain.clock import utc_now
from domain.errors import (
    DuplicateName,
    FieldError,
    ProfileInUse,
    StaleVersion,
    ValidationFailed,
)
from domain.ports import UnitOfWork
from domain.profiles import (
    CHANNELS,
    Channel,
    Profile,
    ProfileSpec,
    ProfileState,
    ProfileType,
    ProfileValues,
)
from domain.services import audit, lookup

REFERENCES_SHOWN = 10
_AUDITED_FIELDS = {"name", "description", "type", "voice", "chat", "email", "social", "active"}


class ProfileFields(ProfileValues):
    """Profile values and, for a create or rename, the name; None keeps or defaults a value."""

    name: str | None = None


def _counts_from_channels(
    profile_type: ProfileType, fields: ProfileFields, base: dict[Channel, int]
) -> dict[Channel, int]:
    """Exclusive profiles may name their channel types (`channels=`); others give counts."""
    counts = {**base, **fields.given_counts()}
    if fields.channels is None:
        return counts
    if profile_type is not ProfileType.EXCLUSIVE:
        raise ValidationFailed(
            [
                FieldError(
                    "channels", "profile.channels_only_exclusive", {"type": profile_type.value}
                )
            ]
        )
    from_channels = {ch: int(ch in fields.channels) for ch in CHANNELS}
    clashing = [ch.value for ch, v in fields.given_counts().items() if v != from_channels[ch]]
    if clashing:
        raise ValidationFailed(
            [FieldError("channels", "profile.channels_clash", {"fields": ", ".join(clashing)})]
        )
    return from_channels


def build_spec(fields: ProfileFields, current: ProfileSpec | None = None) -> ProfileSpec:
    """Merge given fields over `current` (or the type's minimums) and validate the result."""
    name = fields.name if fields.name is not None else (current.name if current else "")
    profile_type = fields.type or (current.type if current else None)
    if profile_type is None:
        raise ValidationFailed([FieldError("type", "profile.type_missing", {})])
    base = current.counts() if current else {}
    counts = _counts_from_channels(profile_type, fields, base)
    description = (
        fields.description
        if fields.description is not None
        else (current.description if current else "")
    )
    return ProfileSpec.build(
        name=name,
        type=profile_type,
        description=description,
        voice=counts.get(Channel.VOICE),
        chat=counts.get(Channel.CHAT),
        email=counts.get(Channel.EMAIL),
        social=counts.get(Channel.SOCIAL),
    )


def snapshot(profile: Profile | ProfileSpec) -> dict[str, Any]:
    """The audited view of a profile."""
    return profile.model_dump(mode="json", include=_AUDITED_FIELDS)


@dataclass(frozen=True)
class ProfileChange:
    """The profile after a lifecycle step, and whether the step changed it."""

    profile: Profile
    changed: bool


def _ensure_name_free(uow: UnitOfWork, name: str, *, except_id: int | None = None) -> None:
    existing = uow.profiles.get_by_name(name)
    if existing is not None and existing.id != except_id:
        raise DuplicateName("profile", name, existing.name)


def list_profiles(uow: UnitOfWork, state: ProfileState) -> list[Profile]:
    """Profiles in the given state, by name."""
    return uow.profiles.list(state)


def create(uow: UnitOfWork, actor: Actor, fields: ProfileFields) -> Profile:
    """Validate and store a new, active profile."""
    spec = build_spec(fields)
    _ensure_name_free(uow, spec.name)
    profile = uow.profiles.add(spec, system=False, actor=actor, at=utc_now())
    audit.record(
        uow,
        actor,
        "profile.create",
        "profile",
        profile.name,
        profile_id=profile.id,
        after=snapshot(profile),
    )
    return profile


def edit(
    uow: UnitOfWork,
    actor: Actor,
    name: str,
    fields: ProfileFields,
    *,
    expected_version: int | None = None,
) -> ProfileChange:
    """Change any field but `system`; a save based on an older version is refused as a conflict."""
    profile = lookup.profile(uow, name, for_update=True)
    rules.check_editable(profile.name, system=profile.system)
    if expected_version is not None and expected_version != profile.version:
        raise StaleVersion(profile.name, profile.updated_by)
    spec = build_spec(fields, profile.spec)
    if spec.name.casefold() != profile.name.casefold():
        _ensure_name_free(uow, spec.name, except_id=profile.id)
    if spec == profile.spec:
        return ProfileChange(profile, changed=False)
    return ProfileChange(
        _save(uow, actor, profile, "profile.edit", spec.model_dump()), changed=True
    )


def activate(uow: UnitOfWork, actor: Actor, name: str) -> ProfileChange:
    """Make a non-system profile active again (a no-op if it already is)."""
    profile = lookup.profile(uow, name, for_update=True)
    rules.check_status_change(profile.name, system=profile.system, to_active=True)
    if profile.active:
        return ProfileChange(profile, changed=False)
    saved = _save(uow, actor, profile, "profile.activate", {"active": True}, status_change=True)
    return ProfileChange(saved, changed=True)


def deactivate(uow: UnitOfWork, actor: Actor, name: str) -> ProfileChange:
    """Deactivate a profile that no site, team or agent references."""
    profile = lookup.profile(uow, name, for_update=True)
    rules.check_status_change(profile.name, system=profile.system, to_active=False)
    if not profile.active:
        return ProfileChange(profile, changed=False)
    refs = uow.profiles.references(profile.id, limit=REFERENCES_SHOWN)
    if refs.total:
        raise ProfileInUse(profile.name, refs.labels, refs.total)
    saved = _save(uow, actor, profile, "profile.deactivate", {"active": False}, status_change=True)
    return ProfileChange(saved, changed=True)


def delete(uow: UnitOfWork, actor: Actor, name: str) -> Profile:
    """Delete an inactive profile."""
    profile = lookup.profile(uow, name, for_update=True)
    rules.check_deletable(profile.name, system=profile.system, active=profile.active)
    uow.profiles.delete(profile.id)
    audit.record(
        uow,
        actor,
        "profile.delete",
        "profile",
        profile.name,
        profile_id=profile.id,
        before=snapshot(profile),
    )
    return profile


def _save(
    uow: UnitOfWork,
    actor: Actor,
    profile: Profile,
    action: str,
    updates: dict[str, Any],
    *,
    status_change: bool = False,
) -> Profile:
    now = utc_now()
    bookkeeping: dict[str, Any] = {"updated_at": now, "updated_by": actor}
    if status_change:
        bookkeeping |= {"status_changed_at": now, "status_changed_by": actor}
    changed = profile.model_copy(update={**updates, **bookkeeping})
    saved = uow.profiles.save(changed, expected_version=profile.version)
    audit.record(
        uow,
        actor,
        action,
        "profile",
        saved.name,
        profile_id=saved.id,
        before=snapshot(profile),
        after=snapshot(saved),
    )
    return saved


def saved_by_this_form(
    uow: UnitOfWork, actor: Actor, fields: ProfileFields, opened_at: float
) -> bool:
    """True when the stored profile is exactly what a form says, saved by `actor` since the
    form opened: a second delivery of a submission that was already applied."""
    stored = uow.profiles.get_by_name((fields.name or "").strip())
    if stored is None or not stored.updated_by.same_person(actor):
        return False
    # A second of slack for clock skew between the form's opening and the save.
    opened = stored.updated_at.timestamp() >= opened_at - 1.0
    return opened and stored.spec == build_spec(fields, stored.spec)
