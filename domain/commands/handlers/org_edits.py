"""Handlers for renaming, moving, editing and replacing: each answers and sets its notice."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.messages import t
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
        return Reply(headline=t("rename.unchanged", kind=kind, name=renamed.new))
    return Reply(
        headline=t("rename.done", kind=kind, old=renamed.old, new=renamed.new),
        notice=t("notice.rename", actor=actor.label, kind=kind, old=renamed.old, new=renamed.new),
    )


def move_team(uow: UnitOfWork, actor: Actor, command: m.MoveTeam) -> Reply:
    moved = org_edits.move_team(uow, actor, command.name, command.site)
    team = moved.team
    if not moved.changed:
        return Reply(headline=t("move.unchanged", team=team.name, site=team.site_name))
    return Reply(
        headline=t("move.done", team=team.name, old=moved.old_site, site=team.site_name),
        notice=t(
            "notice.team_move",
            actor=actor.label,
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
        return Reply(headline=t("agent.edit_unchanged", name=agent.name))
    details = (
        t("agent.edit_email", email=agent.email or t("settings.unset")),
        t("agent.edit_slack", slack=agent.slack_user or t("settings.unset")),
    )
    headline = (
        t("agent.edit_renamed", old=edited.old_name, name=agent.name)
        if "name" in edited.changed
        else t("agent.edit_done", name=agent.name)
    )
    return Reply(
        headline=headline,
        details=details,
        notice=t("notice.agent_edit", actor=actor.label, name=agent.name),
    )


def replace(uow: UnitOfWork, actor: Actor, command: m.ReplaceProfile) -> Reply:
    done = replace_profile(uow, actor, command.profile, command.replacement)
    if not done.total:
        return Reply(headline=t("replace.nothing", old=done.old))
    return Reply(
        headline=t(
            "replace.done",
            old=done.old,
            new=done.new,
            sites=len(done.sites),
            teams=len(done.teams),
            agents=len(done.agents),
        ),
        details=(t("replace.next", old=done.old),),
        notice=t("notice.replace", actor=actor.label, old=done.old, new=done.new, count=done.total),
    )
