"""The command that shows whether a change whose saving was not confirmed was stored."""

from __future__ import annotations

from domain.commands import model as m
from domain.commands.pages import quoted


def check_command(command: m.Command) -> str | None:
    """`show …`, `history …` or `usage …` about what `command` changed; None when it names
    nothing one command can look at (imports, the caller's language)."""
    match command:
        case m.CreateProfile(name=name):
            return f"show {quoted(name)}"
        case m.EditProfile(profile=profile, name=new_name):
            # Renamed, it is found under its new name only if the change was stored.
            return f"show {quoted(new_name or profile)}"
        case m.ActivateProfile(profile=profile) | m.DeactivateProfile(profile=profile):
            return f"show {quoted(profile)}"
        case m.DeleteProfile(profile=profile):
            return f"history {quoted(profile)}"
        case m.ReplaceProfile(profile=profile):
            return f"usage {quoted(profile)}"
        case (
            m.Assign(target_kind=kind, target=target) | m.Unassign(target_kind=kind, target=target)
        ):
            return f"history {kind.value} {quoted(target)}"
        case m.AddSite(name=name) | m.RemoveSite(name=name) | m.RenameSite(name=name):
            return f"history site {quoted(name)}"
        case (
            m.AddTeam(name=name)
            | m.RemoveTeam(name=name)
            | m.RenameTeam(name=name)
            | m.MoveTeam(name=name)
        ):
            return f"history team {quoted(name)}"
        case (
            m.AddAgent(name=name)
            | m.EditAgent(name=name)
            | m.RemoveAgent(name=name)
            | m.SetAgentTeams(name=name)
        ):
            return f"history agent {quoted(name)}"
        case m.ChangeSettings() | m.SubmitSettingsForm() | m.SetWorkspaceAdmins():
            return "history settings"
    return None
