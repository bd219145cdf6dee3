"""The one place errors become Slack answers: an ephemeral message, a DM, or form errors."""

from __future__ import annotations

import json
import logging
import uuid
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
from domain.errors import DomainError, NotAdministrator
from domain.messages import t

logger = logging.getLogger("mmbot.bot")


@dataclass(frozen=True)
class Translation:
    """What the user reads; `reference` is set for unexpected failures (it is in the log)."""

    text: str
    reference: str | None = None


def translate(error: BaseException) -> Translation:
    """A domain error's own message (unknown commands add help); anything else a reference id."""
    if isinstance(error, UnknownCommand):
        return Translation(
            t("slack.unknown_command", problem=error.message, help=help_text(error.topic))
        )
    if isinstance(error, DomainError):
        return Translation(error.message)
    reference = uuid.uuid4().hex[:8]
    return Translation(t("slack.unexpected", reference=reference), reference)


def _log(error: Exception, translation: Translation, body: dict[str, Any]) -> None:
    caller = caller_of(body)
    if translation.reference:
        logger.error("unexpected failure, reference %s", translation.reference, exc_info=error)
    elif isinstance(error, NotAdministrator):
        logger.warning(
            t(
                "slack.refused_log",
                what=body.get("type") or body.get("command") or "request",
                user=caller.user_id,
                workspace=caller.workspace_id,
            )
        )
    else:
        logger.info(
            "refused for %s in %s: %s", caller.user_id, caller.workspace_id, translation.text
        )


def handle_error(
    error: Exception,
    body: dict[str, Any],
    client: WebClient,
    respond: Respond | InlineAnswer | None,
    response: BoltResponse | None,
) -> BoltResponse | None:
    """Registered with @app.error; never lets a stack trace reach Slack."""
    translation = translate(error)
    _log(error, translation, body)
    kind = body.get("type")
    if kind == "view_submission" and response is not None:
        payload = submission_response(body.get("view") or {}, error, translation.text)
        return BoltResponse(
            status=200, body=json.dumps(payload), headers={"Content-Type": "application/json"}
        )
    if kind == "block_suggestion" and response is not None:
        return BoltResponse(
            status=200,
            body=json.dumps({"options": []}),
            headers={"Content-Type": "application/json"},
        )
    message = text_message(translation.text)
    try:
        if respond is not None and respond.response_url:
            respond(response_type="ephemeral", replace_original=False, **message.as_kwargs())
        elif user := caller_of(body).user_id:
            client.chat_postMessage(channel=user, **message.as_kwargs())
    except SlackApiError:
        logger.exception("could not tell the user about an error")
    return None
