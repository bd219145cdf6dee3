"""A submitted form: its command through the application, then the ack with the result.

Refusals raise and reach the one error handler, which shows them next to their field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack

from bot.deps import Deps
from bot.forms.metadata import FormMetadata
from bot.language import caller_for
from bot.views.confirm import result_view
from domain.commands.model import Command

ReadCommand = Callable[[dict[str, Any], FormMetadata], Command]


def handler(deps: Deps, read_command: ReadCommand) -> Callable[..., None]:
    """A view_submission listener that runs the form's command and turns the modal into its
    result; change notices are posted after the answer by the application's notifier."""

    def handle_submission(ack: Ack, body: dict[str, Any]) -> None:
        caller = caller_for(deps, body)
        view = body["view"]
        command = read_command(view, FormMetadata.of(view))
        result = deps.app.handle(command, caller, forms=True)
        ack(response_action="update", view=result_view(result.reply, caller.lang))

    return handle_submission
