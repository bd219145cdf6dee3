"""`Application.handle`: authorise, resolve the workspace, run one transaction, publish events.

Every front end (slash command, form, button, CLI, imports, report) builds a command and
calls `handle`; nothing else opens a unit of work for a user's request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from domain.application.caller import Caller
from domain.application.events import ChangeNoticed, Event
from domain.application.languages import Locales, stored_languages
from domain.application.ports import AdminCheck, Notifier
from domain.application.registry import HANDLERS
from domain.application.result import Result
from domain.application.store import Store
from domain.application.unconfirmed import check_command
from domain.application.workspaces import prepare_workspace
from domain.commands import model as m
from domain.commands.help import help_text
from domain.commands.replies import Reply
from domain.errors import CommitOutcomeUnknown, FormOnly, NotAdministrator
from domain.services import audit


class Application:
    """The one entry for every command; its dependencies are injected once, at start-up."""

    def __init__(self, factory: Store, admins: AdminCheck, notifier: Notifier) -> None:
        self.factory = factory
        self.admins = admins
        self.notifier = notifier

    def handle(
        self,
        command: m.Command,
        caller: Caller,
        *,
        forms: bool = False,
        locales: Locales | None = None,
    ) -> Result:
        """Run `command` for `caller`: it happens completely or not at all.

        `forms` says the front end can show forms (Slack); elsewhere a form command is
        refused with the inline way to do the same. With `locales`, the result of a command
        that runs a unit of work carries the language the caller reads, found in that unit
        of work (their Slack locale, when it is needed, is asked after it has ended).
        """
        if isinstance(command, m.Help):
            return Result(Reply(headline=help_text(command.topic)))  # no unit of work
        if command.opens_form and not forms:
            raise FormOnly(command.verb)
        prepare_workspace(self.factory, caller.workspace_id)
        if command.local_only and not caller.is_local:
            raise self._refused(caller, command)
        if command.needs_admin() and not self.is_admin(caller):
            raise self._refused(caller, command)
        handler = HANDLERS[type(command)]
        with self.factory(caller.workspace_id, write=command.changes) as uow:
            outcome = handler(uow, caller.actor, command)
            # After the handler, so that a language the command just chose is the one read.
            stored = stored_languages(uow, caller) if locales is not None else None
            if command.changes:
                try:
                    uow.commit()
                except CommitOutcomeUnknown as error:
                    # Never run again (it may be stored): say how to look instead.
                    raise CommitOutcomeUnknown(check_command(command)) from error
        result = outcome if isinstance(outcome, Result) else Result(outcome)
        if stored is not None and locales is not None:
            result = dataclasses.replace(result, language=stored.for_caller(locales, caller))
        events = self._events(caller, result)
        if not events:
            return result
        return dataclasses.replace(result, undelivered=tuple(self.notifier.publish(events)))

    def is_admin(self, caller: Caller) -> bool:
        """Local users are administrators; a Slack user's status comes from the bot's check.

        AdminCheckUnavailable passes through untouched: not knowing is no refusal, so it
        is neither audited as one nor answered as one.
        """
        return caller.is_local or self.admins.is_admin(caller.workspace_id, caller.actor.id)

    def _refused(self, caller: Caller, command: m.Command) -> NotAdministrator:
        """Audit a change refused for lack of rights, and return the error to raise."""
        with self.factory(caller.workspace_id, write=True) as uow:
            audit.record(
                uow,
                caller.actor,
                "refused",
                "command",
                command.verb,
                after={"reason": "not an administrator"},
            )
            uow.commit()
        return NotAdministrator(command.verb)

    @staticmethod
    def _events(caller: Caller, result: Result) -> Sequence[Event]:
        notice = result.reply.notice
        noticed = (
            [ChangeNoticed(caller.workspace_id, caller.actor, notice)] if notice is not None else []
        )
        return [*noticed, *result.events]
