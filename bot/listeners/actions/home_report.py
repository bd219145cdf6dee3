"""The App Home button that runs the report and sends it to the user as a direct message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.answers import current_report
from bot.deps import Deps, caller_of
from bot.language import speaking_to


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_report(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        caller = caller_of(body)
        with speaking_to(deps, client, body, ask_slack=True):
            message = current_report(deps, caller)
        client.chat_postMessage(channel=caller.user_id, **message.as_kwargs())

    return handle_home_report
