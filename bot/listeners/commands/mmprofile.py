"""`/mmprofile`: ack at once, then parse, run or open a form in the background, and answer
ephemerally."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.answers import Responder, answer, answer_message
from bot.background import BackgroundFull
from bot.deps import Deps, caller_of
from bot.errors import handle_error
from bot.inline_answer import InlineAnswer
from bot.language import caller_for, in_own_language, slack_locales
from bot.openers import FORM_COMMANDS, open_form
from bot.response_url import RetriedRespond
from bot.views.replies import text_message
from domain.commands import model as m
from domain.commands.grammar import parse
from domain.messages import msg
from domain.services.report import Report
from slackkit.report import report_message


def in_slack(command: m.Command) -> m.Command:
    """What a command means in Slack: `delete` asks for confirmation first."""
    if isinstance(command, m.DeleteProfile):
        return m.OpenDeleteConfirmation(profile=command.profile)
    return command


def answer_command(deps: Deps, body: dict[str, Any], client: WebClient, respond: Responder) -> None:
    """Parse the command text, then open its form or run it and answer."""
    caller = caller_of(body)
    trigger = str(body.get("trigger_id") or "")
    command = in_slack(parse(str(body.get("text") or "")))
    if isinstance(command, FORM_COMMANDS):
        form_caller = in_own_language(deps, caller, client, ask_slack=True)
        open_form(deps, client, form_caller, trigger, command)
        return
    if isinstance(command, m.ShowSettings) and deps.app.is_admin(caller):
        # First: the trigger_id expires quickly.
        form_caller = in_own_language(deps, caller, client, ask_slack=True)
        open_form(deps, client, form_caller, trigger, m.OpenSettingsForm())
    # The caller's language is read in the command's own unit of work, not one of its own.
    locales = slack_locales(deps, client, ask_slack=True)
    result = deps.app.handle(command, caller, forms=True, locales=locales)
    # `help` reads no database, so its reader's language is looked up here.
    lang = result.language or in_own_language(deps, caller, client, ask_slack=True).lang
    if isinstance(result.data, Report):
        answer_message(respond, report_message(result.data, lang, threaded=False))
        return
    answer(respond, result.reply, lang)


def busy(lang: str) -> dict[str, Any]:
    """The ack of a command the pool had no room for: nothing was queued, so nothing changes."""
    message = text_message(msg("slack.busy"), lang)
    return {"response_type": "ephemeral", **message.as_kwargs()}


def handler(deps: Deps) -> Callable[..., None]:
    """The /mmprofile listener bound to `deps`: the work runs on the pool; its answer goes in the
    ack when it is ready in time, else through response_url; "busy" when the pool is full."""

    def handle_mmprofile(
        ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        # An answer after the ack is posted once more if Slack fails it, and a failure logged.
        answer_to = InlineAnswer(RetriedRespond(respond))
        try:
            finished = deps.background.run(
                lambda: answer_command(deps, body, client, answer_to),
                # The same single error handler as every other listener (@app.error).
                lambda error: handle_error(
                    error, body, client, answer_to, None, lang=caller_for(deps, body).lang
                ),
            )
        except BackgroundFull:
            ack(**busy(caller_for(deps, body).lang))
            return
        finished.add_done_callback(lambda _: answer_to.settle())
        ack(**answer_to.ack_payload())

    return handle_mmprofile
