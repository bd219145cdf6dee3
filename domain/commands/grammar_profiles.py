"""Reading the profile commands: list, create, edit, assign and unassign."""

from __future__ import annotations

from domain.commands import values
from domain.commands.arguments import Arguments
from domain.commands.model import (
    Assign,
    Command,
    CreateProfile,
    EditProfile,
    ListProfiles,
    OpenAssignForm,
    OpenCreateForm,
    OpenEditForm,
    ProfileFields,
    TargetKind,
    Unassign,
)
from domain.profiles import ProfileState, ProfileType

_FIELDS = ("type", "voice", "chat", "email", "social", "description", "channels")
_PROFILE_NAME = "profile_name"


def list_profiles(args: Arguments) -> Command:
    """list [active|inactive|all]"""
    args.expect(1)
    if not args.words:
        return ListProfiles()
    return ListProfiles(state=args.word_choice(0, "state", list(ProfileState)))


def create(args: Arguments) -> Command:
    """create | create <profile> type=… [counts] [description=…] [channels=…]"""
    if args.empty:
        return OpenCreateForm()
    args.expect(1, _FIELDS)
    name = args.word(0, _PROFILE_NAME)
    fields = _fields(args)
    if fields.type is None:
        raise args.missing("type", "type=blended")
    return CreateProfile(name=name, **fields.model_dump())


def edit(args: Arguments) -> Command:
    """edit <profile> | edit <profile> [name=…] [fields]"""
    args.expect(1, ("name", *_FIELDS))
    profile = args.word(0, _PROFILE_NAME)
    if not args.options:
        return OpenEditForm(profile=profile)
    return EditProfile(profile=profile, name=args.text("name"), **_fields(args).model_dump())


def _fields(args: Arguments) -> ProfileFields:
    return ProfileFields(
        type=values.choice(args, "type", ProfileType),
        description=args.text("description", may_be_empty=True),
        voice=values.count(args, "voice"),
        chat=values.count(args, "chat"),
        email=values.count(args, "email"),
        social=values.count(args, "social"),
        channels=values.channels(args, "channels"),
    )


def assign(args: Arguments) -> Command:
    """assign <profile> site|team|agent <name>; `assign` alone opens the form (Slack)."""
    if args.empty:
        return OpenAssignForm()
    args.expect(3)
    profile = args.word(0, _PROFILE_NAME)
    kind = args.word_choice(1, "target_kind", list(TargetKind))
    return Assign(profile=profile, target_kind=kind, target=args.word(2, f"{kind.value}_name"))


def unassign(args: Arguments) -> Command:
    """unassign team|agent <name>; a site is refused, since it always has a profile."""
    args.expect(2)
    if args.words and args.words[0].text.lower() == TargetKind.SITE.value:
        site = args.words[1].shown if len(args.words) > 1 else "<site>"
        raise args.error("grammar.unassign_site", args.words[0], site=site)
    kind = args.word_choice(0, "target_kind", [TargetKind.TEAM, TargetKind.AGENT])
    return Unassign(target_kind=kind, target=args.word(1, f"{kind.value}_name"))
