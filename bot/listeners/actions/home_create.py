"""The App Home button that opens the create profile form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.after_ack import ack_with_work
from bot.deps import Deps
from bot.language import caller_for
from bot.openers import open_form
from domain.commands import model as m


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_create(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        trigger = str(body.get("trigger_id") or "")

        def open_create_form() -> None:
            caller = caller_for(deps, body, client, ask_slack=True)
            open_form(deps, client, caller, trigger, m.OpenCreateForm())

        ack_with_work(ack, deps, body, client, open_create_form)

    return handle_home_create
