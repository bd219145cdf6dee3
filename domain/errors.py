"""Errors named after the business condition that refused a request.

Each carries a message-catalogue key and its parameters; the text a user reads is
rendered in exactly one place (`DomainError.message`), so handlers never build it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from domain.messages import t


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One wrong value: which field, and why (a catalogue key with parameters)."""

    field: str
    key: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return t(self.key, **self.params)


class DomainError(Exception):
    """A product rule refused the request; nothing was written."""

    key = "error.refused"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return t(self.key, **self.params)

    @property
    def field_errors(self) -> Sequence[FieldError]:
        """Errors that belong next to a form field; empty when the error is not about one."""
        return ()


class ValidationFailed(DomainError):
    key = "error.validation"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__(details="\n".join(f"• {e.message}" for e in self.errors))

    @property
    def message(self) -> str:
        if len(self.errors) == 1:
            return self.errors[0].message
        return t(self.key, **self.params)

    @property
    def field_errors(self) -> Sequence[FieldError]:
        return self.errors


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class NotFound(DomainError):
    key = "error.not_found"

    def __init__(self, kind: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.kind, self.name, self.suggestions = kind, name, tuple(suggestions)
        hint = t("error.did_you_mean", names=_quoted(self.suggestions)) if suggestions else ""
        super().__init__(kind=kind, name=name, hint=hint)


class DuplicateName(DomainError):
    key = "error.duplicate_name"

    def __init__(self, kind: str, name: str, existing: str) -> None:
        super().__init__(kind=kind, name=name, existing=existing)

    @property
    def field_errors(self) -> Sequence[FieldError]:
        return (FieldError("name", self.key, self.params),)


class ProfileInUse(DomainError):
    key = "error.profile_in_use"

    def __init__(self, profile: str, references: Sequence[str], total: int) -> None:
        self.references, self.total = tuple(references), total
        more = t("error.and_more", count=total - len(references)) if total > len(references) else ""
        super().__init__(profile=profile, references=", ".join(references), more=more, total=total)


class ProfileStillActive(DomainError):
    key = "error.profile_still_active"

    def __init__(self, profile: str) -> None:
        super().__init__(profile=profile)


class ProfileInactive(DomainError):
    key = "error.profile_inactive"

    def __init__(self, profile: str) -> None:
        super().__init__(profile=profile)


class SystemProfileLocked(DomainError):
    key = "error.system_profile_locked"

    def __init__(self, profile: str, action: str) -> None:
        super().__init__(profile=profile, action=action)


class MultimediaDisabled(DomainError):
    key = "error.multimedia_disabled"

    def __init__(self) -> None:
        super().__init__()


class CapacityTeamHasNoProfile(DomainError):
    key = "error.capacity_team"

    def __init__(self, team: str) -> None:
        super().__init__(team=team)


class SiteHasTeams(DomainError):
    key = "error.site_has_teams"

    def __init__(self, site: str, count: int) -> None:
        super().__init__(site=site, count=count)


class TeamHasAgents(DomainError):
    key = "error.team_has_agents"

    def __init__(self, team: str, count: int) -> None:
        super().__init__(team=team, count=count)


class StaleVersion(DomainError):
    key = "error.stale_version"

    def __init__(self, profile: str, by: str) -> None:
        super().__init__(profile=profile, by=by)


class NotAdministrator(DomainError):
    key = "error.not_administrator"

    def __init__(self, action: str) -> None:
        super().__init__(action=action)


class StoreBusy(DomainError):
    key = "error.store_busy"

    def __init__(self) -> None:
        super().__init__()
