"""Which language a caller reads, and which the workspace's channel posts use (SPEC §7)."""

from __future__ import annotations

from typing import Protocol

from domain.application.caller import Caller
from domain.audit import ActorKind
from domain.languages import reader_language
from domain.messages.formatting import DEFAULT_LANGUAGE
from domain.ports import UnitOfWorkFactory


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


def caller_language(factory: UnitOfWorkFactory, locales: Locales, caller: Caller) -> str:
    """What only this caller sees: their own choice, else their Slack locale if mmbot ships
    it, else the workspace's language. Slack is asked only when there is no own choice."""
    slack_user = caller.actor.kind is ActorKind.SLACK
    with factory(caller.workspace_id, write=False) as uow:
        own = uow.user_languages.get(caller.actor.id) if slack_user else None
        if own is not None:
            return own
        workspace = uow.workspaces.get()
    default = workspace.language if workspace is not None else DEFAULT_LANGUAGE
    locale = locales.language(caller.workspace_id, caller.actor.id) if slack_user else None
    return reader_language(own, locale, default)


def channel_language(factory: UnitOfWorkFactory, workspace_id: str) -> str:
    """The language of the workspace's channel posts: the report and change notices."""
    with factory(workspace_id, write=False) as uow:
        workspace = uow.workspaces.get()
    return workspace.language if workspace is not None else DEFAULT_LANGUAGE
