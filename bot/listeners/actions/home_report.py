"""The App Home button that runs the report and sends it to the user as a direct message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from bot.views.replies import reply_message
from domain.commands import model as m
from domain.commands.execute import run


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_report(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        caller = caller_of(body)
        reply = run(
            m.RunReport(),
            factory=deps.factory,
            workspace_id=caller.workspace_id,
            actor=caller.actor,
            is_admin=False,
        )
        client.chat_postMessage(channel=caller.user_id, **reply_message(reply).as_kwargs())

    return handle_home_report
