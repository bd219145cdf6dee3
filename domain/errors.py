"""Errors named after the business condition that refused a request.

Each carries a message-catalogue key and plain parameters (names, counts, nested `Text`);
it is rendered once, at the edge, in the reader's language (`DomainError.text`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from domain.messages import DEFAULT_LANGUAGE, Lines, Text, Translator, msg


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One wrong value: which field, and why (a catalogue key with parameters)."""

    field: str
    key: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    @property
    def text(self) -> Text:
        return msg(self.key, **self.params)


class DomainError(Exception):
    """A product rule refused the request; nothing was written."""

    key = "error.refused"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.key)

    @property
    def text(self) -> Text:
        """What the user reads, not yet rendered."""
        return msg(self.key, **self.params)

    def __str__(self) -> str:
        # For logs and tracebacks only: users read `text`, rendered in their own language.
        return Translator(DEFAULT_LANGUAGE).text(self.text)

    @property
    def field_errors(self) -> Sequence[FieldError]:
        """Errors that belong next to a form field; empty when the error is not about one."""
        return ()


class ValidationFailed(DomainError):
    key = "error.validation"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__()

    @property
    def text(self) -> Text:
        if len(self.errors) == 1:
            return self.errors[0].text
        return msg(self.key, details=Lines(tuple(e.text for e in self.errors), bullet=True))

    @property
    def field_errors(self) -> Sequence[FieldError]:
        return self.errors


def quoted(names: Sequence[str]) -> Text:
    """Names as a message quotes them: '"A", "B"'."""
    return msg("error.quoted_names", names=tuple(msg("error.quoted", name=n) for n in names))


def quoted_words(words: Sequence[str]) -> Text:
    """Command words as a message quotes them: '`list`, `show`'."""
    return msg("error.quoted_names", names=tuple(msg("error.code", word=w) for w in words))


class NotFound(DomainError):
    key = "error.not_found"

    def __init__(self, kind: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.kind, self.name, self.suggestions = kind, name, tuple(suggestions)
        super().__init__(kind=kind, name=name, suggestions=self.suggestions)

    @property
    def text(self) -> Text:
        hint = msg("error.did_you_mean", names=quoted(self.suggestions)) if self.suggestions else ""
        return msg(self.key, kind=msg(f"kind.{self.kind}"), name=self.name, hint=hint)


class DuplicateName(DomainError):
    key = "error.duplicate_name"

    def __init__(self, kind: str, name: str, existing: str) -> None:
        self.kind = kind
        super().__init__(kind=kind, name=name, existing=existing)

    @property
    def text(self) -> Text:
        return msg(self.key, **{**self.params, "kind": msg(f"kind.{self.kind}")})

    @property
    def field_errors(self) -> Sequence[FieldError]:
        return (FieldError("name", self.key, {**self.params, "kind": msg(f"kind.{self.kind}")}),)


class ProfileInUse(DomainError):
    key = "error.profile_in_use"

    def __init__(self, profile: str, references: Sequence[Text], total: int) -> None:
        self.references, self.total = tuple(references), total
        hidden = total - len(references)
        more = msg("error.and_more", count=hidden) if hidden > 0 else ""
        super().__init__(profile=profile, references=self.references, more=more, total=total)


class ProfileStillActive(DomainError):
    key = "error.profile_still_active"

    def __init__(self, profile: str) -> None:
        super().__init__(profile=profile)


class ProfileInactive(DomainError):
    key = "error.profile_inactive"

    def __init__(self, profile: str) -> None:
        super().__init__(profile=profile)


class SystemProfileLocked(DomainError):
    """`action` names what was refused: edited, deactivated or deleted."""

    key = "error.system_profile_locked"

    def __init__(self, profile: str, action: str) -> None:
        super().__init__(profile=profile, action=action)

    @property
    def text(self) -> Text:
        action = msg(f"error.system_profile_locked.{self.params['action']}")
        return msg(self.key, profile=self.params["profile"], action=action)


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

    def __init__(self, profile: str, by: object) -> None:
        super().__init__(profile=profile, by=by)


class NotAdministrator(DomainError):
    """`action` is the command's verb (a keyword, shown as typed)."""

    key = "error.not_administrator"

    def __init__(self, action: str) -> None:
        super().__init__(action=action)


class AdminCheckUnavailable(DomainError):
    """Whether the caller is an administrator could not be found out (Slack did not answer)."""

    key = "error.admin_check_unavailable"

    def __init__(self) -> None:
        super().__init__()


class FormOnly(DomainError):
    """The command opens a Slack form; outside Slack the inline form must be used."""

    key = "error.form_only"

    def __init__(self, verb: str) -> None:
        super().__init__(verb=verb)


class NoReportChannel(DomainError):
    """The report was asked to be posted, but the workspace has no report channel."""

    key = "report.cli_no_channel"

    def __init__(self, workspace: str) -> None:
        super().__init__(workspace=workspace)


class StoreBusy(DomainError):
    key = "error.store_busy"

    def __init__(self) -> None:
        super().__init__()


class StoreUnreachable(DomainError):
    """No connection to the database could be made (or it was lost before anything was stored)."""

    key = "error.store_unreachable"

    def __init__(self) -> None:
        super().__init__()


class CommitOutcomeUnknown(DomainError):
    """The change was sent to be stored but no answer came back: it may or may not be saved.

    `check` is the command that shows whether it was (None: a general hint). Never retried.
    """

    key = "error.commit_outcome_unknown"

    def __init__(self, check: str | None = None) -> None:
        self.check = check
        super().__init__(check=check)

    @property
    def text(self) -> Text:
        if self.check is None:
            return msg(self.key, hint=msg("error.commit_outcome_unknown.general"))
        return msg(self.key, hint=msg("error.commit_outcome_unknown.check", command=self.check))
