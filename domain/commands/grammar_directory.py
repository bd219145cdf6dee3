"""Reading the second version's directory commands: list filters, pages, history, replace."""

from __future__ import annotations

from domain.commands import values
from domain.commands.arguments import Arguments
from domain.commands.model import (
    Command,
    ListProfiles,
    ReplaceProfile,
    ShowHistory,
    ShowObjectHistory,
    ShowSettingsHistory,
    ShowUsage,
    TargetKind,
)
from domain.directory import ListState
from domain.profiles import ProfileType

_PAGE = "page"
_PROFILE_NAME = "profile_name"
# Page numbers past this are typing mistakes; it keeps offsets far from any integer limit.
_PAGE_MAX = 1_000_000


def page(args: Arguments) -> int:
    """page=N, a whole number from 1; 1 when not given."""
    number = values.count(args, _PAGE)
    if number is None:
        return 1
    if not 1 <= number <= _PAGE_MAX:
        raise args.value_error(_PAGE, "grammar.bad_page")
    return number


def list_profiles(args: Arguments) -> Command:
    """list [active|inactive|all|unassigned] [type=…] [name=…] [page=N]"""
    args.expect(1, ("type", "name", _PAGE))
    state = args.word_choice(0, "state", list(ListState)) if args.words else ListState.ACTIVE
    return ListProfiles(
        state=state,
        type=values.choice(args, "type", ProfileType),
        name=args.text("name"),
        page=page(args),
    )


def usage(args: Arguments) -> Command:
    """usage <profile> [page=N]"""
    args.expect(1, (_PAGE,))
    return ShowUsage(profile=args.word(0, _PROFILE_NAME), page=page(args))


def history(args: Arguments) -> Command:
    """history <profile> | history site|team|agent <name> | history settings, each [page=N]"""
    first = args.words[0] if args.words else None
    # A quoted word is always a profile name, so a profile called "settings" stays reachable.
    keyword = first.text.lower() if first is not None and not first.quoted else None
    if keyword == "settings":
        args.expect(1, (_PAGE,))
        return ShowSettingsHistory(page=page(args))
    if keyword in {kind.value for kind in TargetKind} and len(args.words) > 1:
        args.expect(2, (_PAGE,))
        kind = TargetKind(keyword)
        return ShowObjectHistory(
            kind=kind, name=args.word(1, f"{kind.value}_name"), page=page(args)
        )
    args.expect(1, (_PAGE,))
    return ShowHistory(profile=args.word(0, _PROFILE_NAME), page=page(args))


def replace(args: Arguments) -> Command:
    """replace <profile> with <profile>"""
    args.expect(3)
    old = args.word(0, _PROFILE_NAME)
    args.keyword(1, "with")
    return ReplaceProfile(profile=old, replacement=args.word(2, "replacement_name"))
