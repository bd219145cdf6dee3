"""`/mmprofile`: ack at once, then parse, run or open a form in the background, and answer
ephemerally."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot import openers
from bot.answers import Responder, announce, answer, answer_message, current_report
from bot.deps import Caller, Deps, caller_of
from bot.errors import handle_error
from bot.inline_answer import InlineAnswer
from bot.language import speaking_to
from domain.commands import model as m
from domain.commands.execute import run
from domain.commands.grammar import parse
from domain.commands.replies import Reply
from domain.messages import t

ASSIGN_FORM_TEXT = "assign"


def _open_form(
    deps: Deps, client: WebClient, caller: Caller, trigger: str, command: m.Command
) -> bool:
    """Open the form `command` asks for; False when it is not a form command."""
    if isinstance(command, m.OpenCreateForm):
        openers.open_create(deps, client, caller, trigger)
    elif isinstance(command, m.OpenEditForm):
        openers.open_edit(deps, client, caller, trigger, command.profile)
    elif isinstance(command, m.DeleteProfile):
        openers.open_delete(deps, client, caller, trigger, command.profile)
    elif isinstance(command, m.OpenImportForm):
        openers.open_import(deps, client, caller, trigger)
    else:
        return False
    return True


def answer_command(deps: Deps, body: dict[str, Any], client: WebClient, respond: Responder) -> None:
    """Parse the command text, then open its form or run it and answer."""
    caller = caller_of(body)
    text = str(body.get("text") or "")
    trigger = str(body.get("trigger_id") or "")
    if text.strip().lower() == ASSIGN_FORM_TEXT:
        openers.open_assign(deps, client, caller, trigger)
        return
    command = parse(text)
    if _open_form(deps, client, caller, trigger, command):
        return
    if isinstance(command, m.RunReport):
        answer_message(respond, current_report(deps, caller))
        return
    if command.opens_form:
        answer(respond, Reply(headline=t("slack.form_unavailable", verb=command.verb)))
        return
    is_admin = command.changes and deps.admins.is_admin(client, caller.user_id)
    if isinstance(command, m.ShowSettings) and deps.admins.is_admin(client, caller.user_id):
        openers.open_settings(deps, client, caller, trigger)  # first: trigger_id expires quickly
    reply = run(
        command,
        factory=deps.factory,
        workspace_id=caller.workspace_id,
        actor=caller.actor,
        is_admin=is_admin,
    )
    answer(respond, reply)
    announce(deps, client, caller, reply)


def handler(deps: Deps) -> Callable[..., None]:
    """The /mmprofile listener bound to `deps`: the work runs on the pool; its answer goes in the
    ack when it is ready in time, else through response_url."""

    def handle_mmprofile(
        ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        answer_to = InlineAnswer(respond)

        def work() -> None:
            with speaking_to(deps, client, body, ask_slack=True):
                answer_command(deps, body, client, answer_to)

        def failed(error: Exception) -> None:
            # The same single error handler as every other listener (@app.error).
            with speaking_to(deps, client, body):
                handle_error(error, body, client, answer_to, None)

        finished = deps.background.run(work, failed)
        finished.add_done_callback(lambda _: answer_to.settle())
        ack(**answer_to.ack_payload())

    return handle_mmprofile
