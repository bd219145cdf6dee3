"""The handler of `language`: a Slack user's own language."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.errors import DomainError
from domain.messages import translate
from domain.ports import UnitOfWork
from domain.services.workspaces import current


class LanguageIsPerSlackUser(DomainError):
    """`language` outside Slack: the CLI has its own switch."""

    key = "language.not_in_slack"


def choose(uow: UnitOfWork, actor: Actor, command: m.ChooseLanguage) -> Reply:
    """Store the caller's language, or say which one they read and how to change it."""
    if actor.kind != "slack":
        raise LanguageIsPerSlackUser()
    if command.language is None:
        own = uow.user_languages.get(actor.id)
        if own is None:
            workspace = current(uow).language
            return Reply(headline=translate(workspace, "language.none", language=workspace))
        return Reply(headline=translate(own, "language.own", language=own))
    uow.user_languages.set(actor.id, command.language.value)
    # The confirmation is already in the language chosen.
    return Reply(headline=translate(command.language, "language.saved", language=command.language))
