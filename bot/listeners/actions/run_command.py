"""Buttons whose value is a command of the grammar: paging, the `show` buttons, App Home rows.

The command runs exactly as if the user had typed it (same parser, same rights, same
confirmation for delete); paging replaces the message it is in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.after_ack import ack_with_work
from bot.deps import Deps, caller_of
from bot.ids import REPLACING_ACTIONS
from bot.listeners.commands.mmprofile import answer_command
from bot.response_url import RetriedRespond


def command_text(body: dict[str, Any]) -> str:
    """The command a button (its value) or an overflow menu (the chosen option) carries."""
    action = (body.get("actions") or [{}])[0]
    chosen = action.get("selected_option") or {}
    return str(chosen.get("value") or action.get("value") or "")


class _Answer:
    """`respond` for a button: in the message's place for paging, else a new ephemeral one;
    a direct message when the button is not in a message (App Home)."""

    def __init__(self, respond: RetriedRespond, client: WebClient, body: dict[str, Any]) -> None:
        self._respond = respond
        self._client = client
        self._user = caller_of(body).actor.id
        action_id = (body.get("actions") or [{}])[0].get("action_id")
        self._replace = action_id in REPLACING_ACTIONS
        self.response_url = respond.response_url if body.get("response_url") else None

    def __call__(self, **message: Any) -> object:
        message.pop("replace_original", None)
        if self.response_url:
            return self._respond(**message, replace_original=self._replace)
        fields = {key: message[key] for key in ("text", "blocks") if key in message}
        return self._client.chat_postMessage(channel=self._user, **fields)


def handler(deps: Deps) -> Callable[..., None]:
    def handle_run_command(
        ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        # Posted once more if Slack fails it, and a failure logged (as for slash commands).
        answer = _Answer(RetriedRespond(respond), client, body)
        command_body = {**body, "text": command_text(body)}
        ack_with_work(
            ack,
            deps,
            body,
            client,
            lambda: answer_command(deps, command_body, client, answer),
            # A failure is told next to the button's message, or by DM from App Home.
            respond=respond if answer.response_url else None,
        )

    return handle_run_command
