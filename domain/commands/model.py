"""Typed commands: what the parser produces and the executor runs.

`changes` marks commands that need an administrator; `opens_form` marks commands that
open a Slack form (the CLI refuses them with a hint to use the inline form).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from domain.directory import ListState
from domain.org import TeamKind
from domain.profiles import ProfileType, ProfileValues


class Command(BaseModel):
    model_config = ConfigDict(frozen=True)

    verb: ClassVar[str]
    changes: ClassVar[bool] = False
    opens_form: ClassVar[bool] = False


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
    verb = "create"
    changes = True
    name: str


class OpenEditForm(Command):
    verb = "edit"
    opens_form = True
    profile: str


class EditProfile(ProfileFields):
    verb = "edit"
    changes = True
    profile: str
    name: str | None = None


class ActivateProfile(Command):
    verb = "activate"
    changes = True
    profile: str


class DeactivateProfile(Command):
    verb = "deactivate"
    changes = True
    profile: str


class DeleteProfile(Command):
    verb = "delete"
    changes = True
    profile: str


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


class OpenImportForm(Command):
    """`import` in Slack: opens the CSV paste form (agent onboarding)."""

    verb = "import"
    opens_form = True
