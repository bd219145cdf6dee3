"""The App Home button that opens the create profile form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot import openers
from bot.deps import Deps, caller_of
from bot.language import speaking_to


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_create(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        with speaking_to(deps, client, body, ask_slack=True):
            openers.open_create(deps, client, caller_of(body), str(body.get("trigger_id") or ""))

    return handle_home_create
