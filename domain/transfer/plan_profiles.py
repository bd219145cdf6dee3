"""Planning the profiles of a document: validated by the profile rules, matched by name."""

from __future__ import annotations

from collections.abc import Sequence

from domain import rules
from domain.errors import DomainError, ValidationFailed
from domain.messages import Text, msg
from domain.profiles import DEFAULT_PROFILE_SPEC, Profile, ProfileSpec
from domain.transfer.context import Context, RepeatedInInput, first_seen
from domain.transfer.document import ExportProfile
from domain.transfer.state import profile_item
from domain.transfer.steps import Outcome, Step, changed_fields, compare

ProfileStep = Step[ExportProfile, Profile]


def _spec(item: ExportProfile) -> ProfileSpec:
    return ProfileSpec.build(
        name=item.name,
        type=item.type,
        description=item.description,
        voice=item.voice,
        chat=item.chat,
        email=item.email,
        social=item.social,
    )


def _system_problem(spec: ProfileSpec, item: ExportProfile) -> DomainError | None:
    """The system profile may appear in a document only exactly as it is."""
    try:
        if spec != DEFAULT_PROFILE_SPEC:
            rules.check_editable(DEFAULT_PROFILE_SPEC.name, system=True)
        if not item.active:
            rules.check_status_change(DEFAULT_PROFILE_SPEC.name, system=True, to_active=False)
    except DomainError as error:
        return error
    return None


def plan_profiles(
    items: Sequence[ExportProfile], stored: Sequence[Profile], ctx: Context
) -> list[ProfileStep]:
    """One step per valid profile item; problems go to `ctx`, which learns each profile's new state."""
    by_key = {p.name.casefold(): p for p in stored}
    seen: dict[str, Text] = {}
    steps: list[ProfileStep] = []
    for item in items:
        where = msg("transfer.where_item", kind=msg("kind.profile"), name=item.name)
        try:
            spec = _spec(item)
        except ValidationFailed as error:
            ctx.refuse(where, None, error)
            # Known anyway, so what refers to it is not reported as well.
            ctx.add_profiles([(item.name, item.active)] if item.name.strip() else [])
            continue
        if (earlier := first_seen(seen, spec.name, where)) is not None:
            ctx.refuse(where, None, RepeatedInInput("profile", spec.name, earlier))
            continue
        current = by_key.get(spec.name.casefold())
        if spec.name.casefold() == DEFAULT_PROFILE_SPEC.name.casefold() or (
            current is not None and current.system
        ):
            if (locked := _system_problem(spec, item)) is not None:
                ctx.refuse(where, None, locked)
            elif current is not None:
                steps.append(Step(Outcome.KEEP, profile_item(current), current))
            continue
        wanted = ExportProfile(**spec.model_dump(mode="json"), active=item.active)
        ctx.profiles.spelled[spec.name.casefold()] = spec.name
        ctx.active[spec.name.casefold()] = item.active
        changes = [] if current is None else changed_fields(wanted, profile_item(current))
        steps.append(compare(wanted, current, changes))
    return steps
