"""Typed commands: what the parser produces and the executor runs.

`changes` marks commands that need an administrator; `opens_form` marks commands that
open a Slack form (the CLI refuses them with a hint to use the inline form).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from domain.languages import Language
from domain.org import TeamKind
from domain.profiles import ProfileState, ProfileValues


class Command(BaseModel):
    model_config = ConfigDict(frozen=True)

    verb: ClassVar[str]
    changes: ClassVar[bool] = False
    opens_form: ClassVar[bool] = False

    @classmethod
    def needs_admin(cls) -> bool:
        """Changes are for administrators only."""
        return cls.changes


class TargetKind(StrEnum):
    SITE = "site"
    TEAM = "team"
    AGENT = "agent"


class Help(Command):
    verb = "help"
    topic: str | None = None


class ListProfiles(Command):
    verb = "list"
    state: ProfileState = ProfileState.ACTIVE


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


class ShowHistory(Command):
    verb = "history"
    profile: str


class RunReport(Command):
    verb = "report"


class AddSite(Command):
    verb = "site add"
    changes = True
    name: str
    profile: str | None = None


class ListSites(Command):
    verb = "site list"


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
