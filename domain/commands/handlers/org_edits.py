"""Handlers for renaming, moving, editing and replacing: each answers and sets its notice."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.messages import msg
from domain.ports import UnitOfWork
from domain.services import org_edits
from domain.services.replace import replace_profile


def rename_site(uow: UnitOfWork, actor: Actor, command: m.RenameSite) -> Reply:
    renamed = org_edits.rename_site(uow, actor, command.name, command.new_name)
    return _renamed("site", actor, renamed)


def rename_team(uow: UnitOfWork, actor: Actor, command: m.RenameTeam) -> Reply:
    renamed = org_edits.rename_team(uow, actor, command.name, command.new_name)
    return _renamed("team", actor, renamed)


def _renamed(kind: str, actor: Actor, renamed: org_edits.Renamed) -> Reply:
    if not renamed.changed:
        return Reply(headline=msg("rename.unchanged", kind=kind, name=renamed.new))
    return Reply(
        headline=msg("rename.done", kind=kind, old=renamed.old, new=renamed.new),
        notice=msg("notice.rename", actor=actor, kind=kind, old=renamed.old, new=renamed.new),
    )


def move_team(uow: UnitOfWork, actor: Actor, command: m.MoveTeam) -> Reply:
    moved = org_edits.move_team(uow, actor, command.name, command.site)
    team = moved.team
    if not moved.changed:
        return Reply(headline=msg("move.unchanged", team=team.name, site=team.site_name))
    return Reply(
        headline=msg("move.done", team=team.name, old=moved.old_site, site=team.site_name),
        notice=msg(
            "notice.team_move",
            actor=actor,
            team=team.name,
            old=moved.old_site,
            site=team.site_name,
        ),
    )


def edit_agent(uow: UnitOfWork, actor: Actor, command: m.EditAgent) -> Reply:
    edit = org_edits.AgentEdit(
        name=command.new_name, email=command.email, slack_user=command.slack_user
    )
    edited = org_edits.edit_agent(uow, actor, command.name, edit)
    agent = edited.agent
    if not edited.changed:
        return Reply(headline=msg("agent.edit_unchanged", name=agent.name))
    details = (
        msg("agent.edit_email", email=agent.email or msg("settings.unset")),
        msg("agent.edit_slack", slack=agent.slack_user or msg("settings.unset")),
    )
    headline = (
        msg("agent.edit_renamed", old=edited.old_name, name=agent.name)
        if "name" in edited.changed
        else msg("agent.edit_done", name=agent.name)
    )
    return Reply(
        headline=headline,
        details=details,
        notice=msg("notice.agent_edit", actor=actor, name=agent.name),
    )


def replace(uow: UnitOfWork, actor: Actor, command: m.ReplaceProfile) -> Reply:
    done = replace_profile(uow, actor, command.profile, command.replacement)
    if not done.total:
        return Reply(headline=msg("replace.nothing", old=done.old))
    return Reply(
        headline=msg(
            "replace.done",
            old=done.old,
            new=done.new,
            sites=len(done.sites),
            teams=len(done.teams),
            agents=len(done.agents),
        ),
        details=(msg("replace.next", old=done.old),),
        notice=msg("notice.replace", actor=actor, old=done.old, new=done.new, count=done.total),
    )
