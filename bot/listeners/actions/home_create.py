"""The App Home button that opens the create profile form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.deps import Deps
from bot.language import caller_for
from bot.openers import open_form
from domain.commands import model as m


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_create(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        trigger = str(body.get("trigger_id") or "")
        open_form(
            deps,
            client,
            caller_for(deps, body, client, ask_slack=True),
            trigger,
            m.OpenCreateForm(),
        )

    return handle_home_create
