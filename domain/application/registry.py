"""Which handler runs which command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.application.result import Result
from domain.application.store import StoreUnitOfWork
from domain.audit import Actor
from domain.commands import model as m
from domain.commands.handlers import (
    assignments,
    directory,
    forms,
    home,
    imports,
    languages,
    org,
    org_edits,
    profiles,
    queries,
    report,
    settings,
    suggestions,
)
from domain.commands.replies import Reply

Handler = Callable[[StoreUnitOfWork, Actor, Any], Reply | Result]

HANDLERS: dict[type[m.Command], Handler] = {
    m.ListProfiles: directory.list_profiles,
    m.ShowProfile: profiles.show,
    m.CreateProfile: profiles.create,
    m.EditProfile: profiles.edit,
    m.ActivateProfile: profiles.activate,
    m.DeactivateProfile: profiles.deactivate,
    m.DeleteProfile: profiles.delete,
    m.Assign: assignments.assign,
    m.Unassign: assignments.unassign,
    m.ShowEffective: queries.effective,
    m.ShowUsage: directory.usage,
    m.ShowHistory: directory.history,
    m.ShowObjectHistory: directory.object_history,
    m.ShowSettingsHistory: directory.settings_history,
    m.ReplaceProfile: org_edits.replace,
    m.RunReport: report.run,
    m.PostReport: report.post,
    m.AddSite: org.add_site,
    m.ListSites: org.list_sites,
    m.RemoveSite: org.remove_site,
    m.AddTeam: org.add_team,
    m.ListTeams: org.list_teams,
    m.RemoveTeam: org.remove_team,
    m.AddAgent: org.add_agent,
    m.ListAgents: directory.list_agents,
    m.RenameSite: org_edits.rename_site,
    m.RenameTeam: org_edits.rename_team,
    m.MoveTeam: org_edits.move_team,
    m.EditAgent: org_edits.edit_agent,
    m.RemoveAgent: org.remove_agent,
    m.SetAgentTeams: org.set_agent_teams,
    m.ShowSettings: settings.show,
    m.ChangeSettings: settings.change,
    m.ChooseLanguage: languages.choose,
    m.SubmitSettingsForm: settings.submit_form,
    m.SetWorkspaceAdmins: settings.set_admins,
    m.OpenCreateForm: forms.open_plain,
    m.OpenEditForm: forms.open_edit,
    m.OpenDeleteConfirmation: forms.open_delete,
    m.OpenAssignForm: forms.open_plain,
    m.OpenSettingsForm: forms.open_settings,
    m.OpenImportForm: forms.open_plain,
    m.ImportAgentCsv: imports.agent_csv,
    m.ImportDocument: imports.document,
    m.ExportWorkspace: imports.export,
    m.ShowHome: home.show,
    m.SuggestProfiles: suggestions.profiles,
    m.SuggestTargets: suggestions.targets,
}
