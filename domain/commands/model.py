"""Typed commands: what the parser produces and the executor runs.

`changes` marks commands that write (and so need an administrator); `needs_admin` is true
for those and for the forms that lead to a change; `opens_form` marks commands that open a
Slack form (the CLI refuses them with a hint to use the inline form). A command carries all
its inputs: the form's expected version, the pasted CSV, the target.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from domain.directory import ListState
from domain.languages import Language
from domain.org import TeamKind
from domain.profiles import ProfileType, ProfileValues
from domain.transfer.document import ExportDocument


class Command(BaseModel):
    model_config = ConfigDict(frozen=True)

    verb: ClassVar[str]
    changes: ClassVar[bool] = False
    opens_form: ClassVar[bool] = False
    # Only someone at the machine that holds the database may run it (never a Slack user).
    local_only: ClassVar[bool] = False

    @classmethod
    def needs_admin(cls) -> bool:
        """Changes, and the forms that lead to one, are for administrators only."""
        return cls.changes or cls.opens_form


class TargetKind(StrEnum):
    SITE = "site"
    TEAM = "team"
    AGENT = "agent"


class Help(Command):
    verb = "help"
    topic: str | None = None


class ListProfiles(Command):
    verb = "list"
    state: ListState = ListState.ACTIVE
    type: ProfileType | None = None
    name: str | None = None
    page: int = 1


class ShowProfile(Command):
    verb = "show"
    profile: str


class OpenCreateForm(Command):
    verb = "create"
    opens_form = True


class ProfileFields(Command, ProfileValues):
    """Optional profile fields given as key=value; None means 'not given'."""


class CreateProfile(ProfileFields):
    """`form_opened_at` (seconds since the epoch) is set by the form: a second delivery of the
    same submission is then recognised and answered as done."""

    verb = "create"
    changes = True
    name: str
    form_opened_at: float | None = None


class OpenEditForm(Command):
    verb = "edit"
    opens_form = True
    profile: str


class EditProfile(ProfileFields):
    """`expected_version` is the version the form showed: a save based on an older one is a
    conflict. `active` is the form's Active/Inactive switch."""

    verb = "edit"
    changes = True
    profile: str
    name: str | None = None
    expected_version: int | None = None
    form_opened_at: float | None = None
    active: bool | None = None


class ActivateProfile(Command):
    verb = "activate"
    changes = True
    profile: str


class DeactivateProfile(Command):
    verb = "deactivate"
    changes = True
    profile: str


class DeleteProfile(Command):
    """`form_opened_at` is set by the confirmation: a second delivery finds it gone, and says so."""

    verb = "delete"
    changes = True
    profile: str
    form_opened_at: float | None = None


class Assign(Command):
    verb = "assign"
    changes = True
    profile: str
    target_kind: TargetKind
    target: str


class Unassign(Command):
    verb = "unassign"
    changes = True
    target_kind: TargetKind
    target: str


class ShowEffective(Command):
    verb = "effective"
    agent: str


class ShowUsage(Command):
    verb = "usage"
    profile: str
    page: int = 1


class ShowHistory(Command):
    verb = "history"
    profile: str
    page: int = 1


class ShowObjectHistory(Command):
    """`history site|team|agent <name>`: also for ones since renamed or removed."""

    verb = "history"
    kind: TargetKind
    name: str
    page: int = 1


class ShowSettingsHistory(Command):
    verb = "history"
    page: int = 1


class ReplaceProfile(Command):
    """`replace A with B`: every site, team and agent that has A gets B."""

    verb = "replace"
    changes = True
    profile: str
    replacement: str


class RunReport(Command):
    verb = "report"


class AddSite(Command):
    verb = "site add"
    changes = True
    name: str
    profile: str | None = None


class ListSites(Command):
    verb = "site list"
    page: int = 1


class RemoveSite(Command):
    verb = "site remove"
    changes = True
    name: str


class AddTeam(Command):
    verb = "team add"
    changes = True
    name: str
    site: str
    kind: TeamKind = TeamKind.AGENT


class ListTeams(Command):
    verb = "team list"
    site: str | None = None
    page: int = 1


class RemoveTeam(Command):
    verb = "team remove"
    changes = True
    name: str


class AddAgent(Command):
    verb = "agent add"
    changes = True
    name: str
    teams: tuple[str, ...]
    email: str | None = None
    slack_user: str | None = None


class ListAgents(Command):
    verb = "agent list"
    team: str | None = None
    profile: str | None = None
    page: int = 1


class RenameSite(Command):
    verb = "site rename"
    changes = True
    name: str
    new_name: str


class RenameTeam(Command):
    verb = "team rename"
    changes = True
    name: str
    new_name: str


class MoveTeam(Command):
    verb = "team move"
    changes = True
    name: str
    site: str


class EditAgent(Command):
    """`agent edit`: None leaves a field as it is; '' clears email or Slack user."""

    verb = "agent edit"
    changes = True
    name: str
    new_name: str | None = None
    email: str | None = None
    slack_user: str | None = None


class RemoveAgent(Command):
    verb = "agent remove"
    changes = True
    name: str


class SetAgentTeams(Command):
    verb = "agent teams"
    changes = True
    name: str
    teams: tuple[str, ...]


class ShowSettings(Command):
    """`settings` alone: show them (Slack also opens the settings form)."""

    verb = "settings"


class ChangeSettings(Command):
    verb = "settings"
    changes = True
    multimedia: bool | None = None
    report_channel: str | None = None
    report_schedule: str | None = None
    timezone: str | None = None
    audit_channel: str | None = None
    report_all_clear: bool | None = None
    language: Language | None = None


class ChooseLanguage(Command):
    """`language [en|hu]`: the caller's own language; alone it says which one applies."""

    verb = "language"
    changes = True
    language: Language | None = None

    @classmethod
    def needs_admin(cls) -> bool:
        # A reader's own language is theirs to choose; it changes nothing anyone else sees.
        return False


class OpenImportForm(Command):
    """`import` in Slack: opens the CSV paste form (agent onboarding)."""

    verb = "import"
    opens_form = True


class OpenAssignForm(Command):
    """`assign` alone in Slack: the assign form with its searchable pickers."""

    verb = "assign"
    opens_form = True


class OpenDeleteConfirmation(Command):
    """`delete <profile>` in Slack asks for confirmation first (the check runs now)."""

    verb = "delete"
    opens_form = True
    profile: str


class OpenSettingsForm(Command):
    verb = "settings"
    opens_form = True


class SubmitSettingsForm(Command):
    """The settings form as submitted: a channel that is not picked any more is cleared."""

    verb = "settings"
    changes = True
    multimedia: bool
    report_channel: str | None
    report_schedule: str
    timezone: str
    audit_channel: str | None
    report_all_clear: bool
    # None keeps the stored language (a form without the field, or a value it does not offer).
    language: Language | None = None


class SetWorkspaceAdmins(Command):
    """`mmbot workspace admins`: the workspace's own administrators; None keeps a value,
    () and '' clear them. Administrators are named locally, never from Slack."""

    verb = "workspace admins"
    changes = True
    local_only = True
    users: tuple[str, ...] | None = None
    group: str | None = None


Progress = Callable[[int, int], None]


class ImportAgentCsv(Command):
    """Agent onboarding from CSV text; applied only when `dry_run` is false and, if
    `expected_plan` is given, only when the plan is still the one that was previewed."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    verb = "import"
    changes = True
    csv_text: str
    source: str
    dry_run: bool
    expected_plan: str | None = None
    progress: Progress | None = None


class ImportDocument(Command):
    """A whole workspace document (the export format), merged in one transaction."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    verb = "import"
    changes = True
    document: ExportDocument
    source: str
    dry_run: bool
    progress: Progress | None = None


class PostReport(Command):
    """`mmbot report --now`: post the report to the workspace's report channel now."""

    verb = "report"

    @classmethod
    def needs_admin(cls) -> bool:
        return True


class ShowHome(Command):
    """The App Home overview: profiles by state, the latest report."""

    verb = "home"


class SuggestProfiles(Command):
    """Active profiles whose names contain `text` (the assign form's profile picker)."""

    verb = "assign"
    text: str
    limit: int


class SuggestTargets(Command):
    """Sites, teams or agents (every kind when `kind` is None) whose names contain `text`."""

    verb = "assign"
    kind: TargetKind | None
    text: str
    limit: int


class ExportWorkspace(Command):
    """`mmbot export`: the workspace as a document that `import` reads back."""

    verb = "export"
