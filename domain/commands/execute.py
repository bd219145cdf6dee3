"""Running a parsed command: authorise, open one transaction, call its handler."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.handlers import assignments, languages, org, profiles, queries, settings
from domain.commands.help import help_text
from domain.commands.replies import Reply
from domain.errors import DomainError, NotAdministrator
from domain.messages import t
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.services import audit
from domain.services.workspaces import ensure_workspace

Handler = Callable[[UnitOfWork, Actor, Any], Reply]

HANDLERS: dict[type[m.Command], Handler] = {
    m.ListProfiles: profiles.list_profiles,
    m.ShowProfile: profiles.show,
    m.CreateProfile: profiles.create,
    m.EditProfile: profiles.edit,
    m.ActivateProfile: profiles.activate,
    m.DeactivateProfile: profiles.deactivate,
    m.DeleteProfile: profiles.delete,
    m.Assign: assignments.assign,
    m.Unassign: assignments.unassign,
    m.ShowEffective: queries.effective,
    m.ShowUsage: queries.usage,
    m.ShowHistory: queries.history,
    m.RunReport: queries.report,
    m.AddSite: org.add_site,
    m.ListSites: org.list_sites,
    m.RemoveSite: org.remove_site,
    m.AddTeam: org.add_team,
    m.ListTeams: org.list_teams,
    m.RemoveTeam: org.remove_team,
    m.AddAgent: org.add_agent,
    m.ListAgents: org.list_agents,
    m.RemoveAgent: org.remove_agent,
    m.SetAgentTeams: org.set_agent_teams,
    m.ShowSettings: settings.show,
    m.ChangeSettings: settings.change,
    m.ChooseLanguage: languages.choose,
}


class FormOnly(DomainError):
    """The command opens a Slack form; outside Slack the inline form must be used."""

    key = "error.form_only"

    def __init__(self, verb: str) -> None:
        super().__init__(verb=verb)


class _EnsuredWorkspaces:
    """Remembers, per store, which workspaces already have their default profile."""

    def __init__(self) -> None:
        self._seen: weakref.WeakKeyDictionary[UnitOfWorkFactory, set[str]] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()

    def ensure(self, factory: UnitOfWorkFactory, workspace_id: str) -> None:
        with self._lock:
            if workspace_id in self._seen.get(factory, ()):
                return
        ensure_workspace(factory, workspace_id)
        with self._lock:
            self._seen.setdefault(factory, set()).add(workspace_id)


_ensured = _EnsuredWorkspaces()


def prepare_workspace(factory: UnitOfWorkFactory, workspace_id: str) -> None:
    """Create the workspace with its default profile on first use (once per process)."""
    _ensured.ensure(factory, workspace_id)


def refuse(
    factory: UnitOfWorkFactory, workspace_id: str, actor: Actor, command: m.Command
) -> NotAdministrator:
    """Audit a change refused for lack of rights, and return the error to raise."""
    with factory(workspace_id) as uow:
        audit.record(
            uow, actor, "refused", "command", command.verb, after={"reason": "not an administrator"}
        )
        uow.commit()
    return NotAdministrator(t("action.run", verb=command.verb))


def run(
    command: m.Command,
    *,
    factory: UnitOfWorkFactory,
    workspace_id: str,
    actor: Actor,
    is_admin: bool,
) -> Reply:
    """Run one command in one transaction: it happens completely or not at all."""
    if isinstance(command, m.Help):
        return Reply(headline=help_text(command.topic))
    if command.opens_form:
        raise FormOnly(command.verb)
    prepare_workspace(factory, workspace_id)
    if command.needs_admin() and not is_admin:
        raise refuse(factory, workspace_id, actor, command)
    handler = HANDLERS[type(command)]
    with factory(workspace_id, write=command.changes) as uow:
        reply = handler(uow, actor, command)
        if command.changes:
            uow.commit()
    return reply
