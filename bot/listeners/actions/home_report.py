"""The App Home button that runs the report and sends it to the user as a direct message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.answers import current_report
from bot.deps import Deps, caller_of


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_report(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        caller = caller_of(body)
        client.chat_postMessage(channel=caller.user_id, **current_report(deps, caller).as_kwargs())

    return handle_home_report
