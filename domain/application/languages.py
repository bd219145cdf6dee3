"""Which language a caller reads, and which the workspace's channel posts use (SPEC §7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from domain.application.caller import Caller
from domain.audit import ActorKind
from domain.languages import reader_language
from domain.messages.formatting import DEFAULT_LANGUAGE
from domain.ports import UnitOfWork, UnitOfWorkFactory


class Locales(Protocol):
    """A Slack user's locale as a language mmbot ships (the bot implements it with users.info)."""

    def language(self, workspace_id: str, user_id: str) -> str | None:
        """'en' or 'hu', or None when the locale is another one or cannot be had."""
        ...


class NoLocales:
    """For front ends without Slack: nobody has a Slack locale."""

    def language(self, workspace_id: str, user_id: str) -> str | None:  # noqa: ARG002
        """None: the workspace's language applies."""
        return None


@dataclass(frozen=True)
class StoredLanguages:
    """What the database says about a caller's language: their own choice and the workspace's."""

    own: str | None
    workspace: str

    def for_caller(self, locales: Locales, caller: Caller) -> str:
        """Their own choice, else their Slack locale if mmbot ships it, else the workspace's
        language. Slack is asked only when there is no own choice."""
        if self.own is not None or caller.actor.kind is not ActorKind.SLACK:
            return reader_language(self.own, None, self.workspace)
        locale = locales.language(caller.workspace_id, caller.actor.id)
        return reader_language(None, locale, self.workspace)


def stored_languages(uow: UnitOfWork, caller: Caller) -> StoredLanguages:
    """The caller's stored languages, read in `uow` (a command reads them in its own unit of
    work: no second transaction per request)."""
    own = uow.user_languages.get(caller.actor.id) if caller.actor.kind is ActorKind.SLACK else None
    if own is not None:
        return StoredLanguages(own, DEFAULT_LANGUAGE)
    workspace = uow.workspaces.get()
    return StoredLanguages(None, workspace.language if workspace is not None else DEFAULT_LANGUAGE)


def caller_language(factory: UnitOfWorkFactory, locales: Locales, caller: Caller) -> str:
    """What only this caller sees, read in a unit of work of its own (for requests that run
    no command; `Application.handle` reads it in the command's)."""
    with factory(caller.workspace_id, write=False) as uow:
        stored = stored_languages(uow, caller)
    return stored.for_caller(locales, caller)


def channel_language(factory: UnitOfWorkFactory, workspace_id: str) -> str:
    """The language of the workspace's channel posts: the report and change notices."""
    with factory(workspace_id, write=False) as uow:
        workspace = uow.workspaces.get()
    return workspace.language if workspace is not None else DEFAULT_LANGUAGE
