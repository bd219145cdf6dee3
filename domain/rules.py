"""The lifecycle and assignment rules of SPEC §2, each in exactly one place.

Services, form openers and the import planner all call these, so a rule and its refusal
cannot drift apart between the paths that apply it.
"""

from __future__ import annotations

from domain.errors import (
    CapacityTeamHasNoProfile,
    MultimediaDisabled,
    ProfileInactive,
    ProfileStillActive,
    SystemProfileLocked,
)
from domain.org import TeamKind


def check_editable(name: str, *, system: bool) -> None:
    """The system default profile is never edited or renamed."""
    if system:
        raise SystemProfileLocked(name, "edit")


def check_status_change(name: str, *, system: bool, to_active: bool) -> None:
    """The system default profile is never deactivated (nor 'activated')."""
    if system:
        raise SystemProfileLocked(name, "activate" if to_active else "deactivate")


def check_deletable(name: str, *, system: bool, active: bool) -> None:
    """Only an inactive, non-system profile may be deleted."""
    if system:
        raise SystemProfileLocked(name, "delete")
    if active:
        raise ProfileStillActive(name)


def check_assignable(name: str, *, active: bool) -> None:
    """An inactive profile is never assigned."""
    if not active:
        raise ProfileInactive(name)


def check_team_takes_profile(name: str, kind: TeamKind) -> None:
    """A capacity-based team never has a profile of its own."""
    if kind is TeamKind.CAPACITY:
        raise CapacityTeamHasNoProfile(name)


def check_multimedia(enabled: bool) -> None:
    """Assignments are refused while the multimedia switch is off."""
    if not enabled:
        raise MultimediaDisabled()
