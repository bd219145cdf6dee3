"""A submitted form: its command on the bot's pool, answered within Slack's time.

Reading the form runs before the ack, so a value that cannot be read is shown next to its
field. The change runs on the pool; the listener waits for it only until
SUBMIT_BUDGET_SECONDS after the request arrived. Finished in time, the form turns into the
result, or its refusal reaches the one error handler (shown next to its field) as before.
Not finished, the form turns into "still saving" and the change updates that view with
its outcome when it is done: a stored change is never answered as an error.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot.background import BackgroundFull
from bot.deps import Deps, caller_of
from bot.errors import answer_for
from bot.forms.handover import SUBMIT_BUDGET_SECONDS, Handover, Outcome
from bot.forms.metadata import FormMetadata
from bot.language import caller_for
from bot.views.confirm import message_view, result_view
from bot.views.saving import still_saving_view
from domain.application import Caller, Result
from domain.commands.model import Command
from domain.errors import DomainError
from domain.messages import msg
from slackkit.blocks import Json

ReadCommand = Callable[[dict[str, Any], FormMetadata], Command]
# The modal a finished change turns into: its result for the reader, from the submitted view.
ShowResult = Callable[[Result, str, dict[str, Any]], Json]
RECEIVED_AT = "mmbot_received_at"
# Long enough for any ack to have left; the pool never waits on a listener for longer.
ACK_WAIT_SECONDS = 5.0
logger = logging.getLogger("mmbot.bot.forms")


def received(context: BoltContext, next: Callable[[], None]) -> None:  # Bolt passes `next` by name
    """Listener middleware: note when the request arrived, before it waits for a listener
    thread, so the budget counts from there."""
    context[RECEIVED_AT] = time.monotonic()
    next()


def result_of(result: Result, lang: str, _view: dict[str, Any]) -> Json:
    """The modal of most forms once their change is done: the reply."""
    return result_view(result.reply, lang)


def handler(
    deps: Deps, read_command: ReadCommand, shown: ShowResult = result_of
) -> Callable[..., None]:
    """A view_submission listener that runs the form's command and turns the modal into its
    outcome (`shown`); change notices are posted after the answer by the application's notifier."""

    def handle_submission(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        deadline = float(context.get(RECEIVED_AT) or time.monotonic()) + SUBMIT_BUDGET_SECONDS
        view = body["view"]
        command = read_command(view, FormMetadata.of(view))
        handover = Handover()
        # The reader's language is looked up on the pool too (it reads the store); until
        # it is known, the default language answers.
        known: list[Caller] = [caller_of(body)]

        def change() -> None:
            try:
                caller = known[0] = caller_for(deps, body)
                outcome = Outcome(result=deps.app.handle(command, caller, forms=True))
            except Exception as error:
                outcome = Outcome(error=error)
            if handover.finish(outcome):
                handover.wait_until_shown(ACK_WAIT_SECONDS)
                _update(client, view, _late_view(outcome, known[0], view, shown))

        try:
            deps.background.run(change, lambda error: _update_failed(error, body))
        except BackgroundFull as error:  # full, or a worker that is stopping
            logger.warning("a %s form was not taken: %s", view.get("callback_id"), error)
            ack(response_action="update", view=message_view(msg("slack.busy"), known[0].lang))
            return
        outcome = handover.wait(deadline - time.monotonic())
        if outcome is None:
            ack(response_action="update", view=still_saving_view(known[0].lang))
            handover.acked()
            return
        if outcome.error is not None:
            raise outcome.error  # the error handler shows it next to its field
        assert outcome.result is not None
        ack(response_action="update", view=shown(outcome.result, known[0].lang, view))

    return handle_submission


def _late_view(outcome: Outcome, caller: Caller, view: dict[str, Any], shown: ShowResult) -> Json:
    """The outcome in place of "still saving": the result, or why nothing was changed."""
    if outcome.result is not None:
        return shown(outcome.result, caller.lang, view)
    error = outcome.error
    assert error is not None
    answer = answer_for(error)
    if answer.reference:
        logger.error("unexpected failure, reference %s", answer.reference, exc_info=error)
    else:
        logger.info(
            "refused for %s in %s after the answer: %s",
            caller.actor.id,
            caller.workspace_id,
            error.key if isinstance(error, DomainError) else type(error).__name__,
        )
    return message_view(answer.text, caller.lang)


def _update(client: WebClient, view: dict[str, Any], shown: Json) -> None:
    # By view id: the "still saving" view is the one the user has open.
    client.views_update(view_id=str(view.get("id") or ""), view=shown)


def _update_failed(error: Exception, body: dict[str, Any]) -> None:
    view_id = (body.get("view") or {}).get("id")
    logger.warning("the outcome of form %s could not be shown: %s", view_id, error)
