"""The handler of `language`: a Slack user's own language."""

from __future__ import annotations

from domain.application.result import Result
from domain.audit import Actor, ActorKind
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.errors import DomainError
from domain.messages import msg
from domain.ports import UnitOfWork
from domain.services.workspaces import current


class LanguageIsPerSlackUser(DomainError):
    """`language` outside Slack: the CLI has its own switch."""

    key = "language.not_in_slack"


def choose(uow: UnitOfWork, actor: Actor, command: m.ChooseLanguage) -> Result:
    """Store the caller's language, or say which one they read and how to change it."""
    if actor.kind is not ActorKind.SLACK:
        raise LanguageIsPerSlackUser()
    if command.language is None:
        own = uow.user_languages.get(actor.id)
        if own is None:
            workspace = current(uow).language
            return Result(Reply(headline=msg("language.none", language=workspace)))
        return Result(Reply(headline=msg("language.own", language=own)))
    uow.user_languages.set(actor.id, command.language.value)
    # The confirmation, and what follows, is in the language just chosen.
    saved = Reply(headline=msg("language.saved", language=command.language))
    return Result(saved, language=command.language.value)
