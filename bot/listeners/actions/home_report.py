"""The App Home button that runs the report and sends it to the user as a direct message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.after_ack import ack_with_work
from bot.deps import Deps
from bot.language import caller_for
from domain.commands import model as m
from domain.services.report import Report
from slackkit.report import report_message


def handler(deps: Deps) -> Callable[..., None]:
    def handle_home_report(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        def send_report() -> None:
            caller = caller_for(deps, body, client, ask_slack=True)
            report = deps.app.handle(m.RunReport(), caller).data
            assert isinstance(report, Report)
            message = report_message(report, caller.lang, threaded=False)
            client.chat_postMessage(channel=caller.actor.id, **message.as_kwargs())

        ack_with_work(ack, deps, body, client, send_report)

    return handle_home_report
