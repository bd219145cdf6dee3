"""A submitted form: make the change first, then ack with the result (errors go to @app.error)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.answers import announce
from bot.deps import Caller, Deps, caller_of
from bot.forms.state import read_metadata
from bot.language import speaking_to
from bot.views.confirm import result_view
from domain.commands.replies import Reply

Save = Callable[[Deps, WebClient, Caller, dict[str, Any], dict[str, Any]], Reply]


def handler(deps: Deps, save: Save) -> Callable[..., None]:
    """A view_submission listener that runs `save` and turns the modal into its result.

    It acks only after the change, so a refusal can still come back as a form error;
    the store answers in milliseconds, well inside Slack's three seconds.
    """

    def handle_submission(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        caller = caller_of(body)
        view = body["view"]
        with speaking_to(deps, client, body):
            reply = save(deps, client, caller, view, read_metadata(view))
            ack(response_action="update", view=result_view(reply))
        announce(deps, client, caller, reply)

    return handle_submission
