"""The one place errors become Slack answers: an ephemeral message, a DM, or form errors.

Errors are looked up by their class (most specific first), never by `isinstance` chains in
the listeners; an unknown failure becomes a reference id that is in the log.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.deps import caller_of
from bot.forms.errors import submission_response
from bot.inline_answer import InlineAnswer
from bot.views.replies import text_message
from domain.commands.help import help_text
from domain.commands.syntax import UnknownCommand
from domain.errors import CommitOutcomeUnknown, DomainError, NotAdministrator, StoreUnreachable
from domain.messages import Text, msg

logger = logging.getLogger("mmbot.bot")


@dataclass(frozen=True)
class Answer:
    """What the user reads; `reference` is set for unexpected failures (it is in the log)."""

    text: Text
    reference: str | None = None


def _unknown_command(error: BaseException) -> Answer:
    assert isinstance(error, UnknownCommand)
    return Answer(msg("slack.unknown_command", problem=error.text, help=help_text(error.topic)))


def _refusal(error: BaseException) -> Answer:
    assert isinstance(error, DomainError)
    return Answer(error.text)


# Keyed by the exception's class; the nearest class in its MRO wins.
ANSWERS: dict[type[BaseException], Callable[[BaseException], Answer]] = {
    UnknownCommand: _unknown_command,
    DomainError: _refusal,
}


def answer_for(error: BaseException) -> Answer:
    """A domain error's own text (unknown commands add help); anything else a reference id."""
    for cls in type(error).__mro__:
        if (answer := ANSWERS.get(cls)) is not None:
            return answer(error)
    reference = uuid.uuid4().hex[:8]
    return Answer(msg("slack.unexpected", reference=reference), reference)


def _log(error: Exception, answer: Answer, body: dict[str, Any]) -> None:
    caller = caller_of(body)
    if answer.reference:
        logger.error("unexpected failure, reference %s", answer.reference, exc_info=error)
    elif isinstance(error, NotAdministrator):
        logger.warning(
            "refused %s for %s in %s: not an administrator",
            body.get("type") or body.get("command") or "request",
            caller.actor.id,
            caller.workspace_id,
        )
    elif isinstance(error, CommitOutcomeUnknown | StoreUnreachable):
        # Not a refusal: the database failed. Operators need the cause (the driver's error).
        logger.warning(
            "%s for %s in %s: %s",
            error.key,
            caller.actor.id,
            caller.workspace_id,
            _root_cause(error),
        )
    else:
        logger.info(
            "refused for %s in %s: %s",
            caller.actor.id,
            caller.workspace_id,
            error.key if isinstance(error, DomainError) else type(error).__name__,
        )


def _root_cause(error: BaseException) -> BaseException:
    while error.__cause__ is not None:
        error = error.__cause__
    return error


def _json(payload: dict[str, Any]) -> BoltResponse:
    return BoltResponse(
        status=200, body=json.dumps(payload), headers={"Content-Type": "application/json"}
    )


def handle_error(
    error: Exception,
    body: dict[str, Any],
    client: WebClient,
    respond: Respond | InlineAnswer | None,
    response: BoltResponse | None,
    *,
    lang: str | None = None,
) -> BoltResponse | None:
    """Registered with @app.error; never lets a stack trace reach Slack.

    `lang` is the language of the user who sent the request (default: English).
    """
    answer = answer_for(error)
    _log(error, answer, body)
    caller = caller_of(body)
    if lang is not None:
        caller = dataclasses.replace(caller, lang=lang)
    kind = body.get("type")
    if kind == "view_submission" and response is not None:
        shown = error if isinstance(error, DomainError) else answer.text
        try:
            return _json(submission_response(body.get("view") or {}, shown, caller.lang))
        except Exception:
            # The error handler must answer whatever the form held: a form whose values
            # cannot even be read back for field errors gets the message as a modal.
            logger.exception("could not place the refusal next to a field")
            view = {"callback_id": None}
            return _json(submission_response(view, answer.text, caller.lang))
    if kind == "block_suggestion" and response is not None:
        return _json({"options": []})
    message = text_message(answer.text, caller.lang)
    try:
        if respond is not None and respond.response_url:
            respond(response_type="ephemeral", replace_original=False, **message.as_kwargs())
        elif user := caller.actor.id:
            client.chat_postMessage(channel=user, **message.as_kwargs())
    except SlackApiError:
        logger.exception("could not tell the user about an error")
    return None
