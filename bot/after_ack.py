"""A listener's slow work, done after its ack on the bot's pool; its failures to the one handler.

Bolt resets a sent ack when its listener raises afterwards (Slack then shows an error for
a request it was told succeeded), and a listener that waits for Slack holds one of Bolt's
threads; so a listener only hands its work over and acks, and neither can raise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.background import BackgroundFull
from bot.deps import Deps, caller_of
from bot.errors import handle_error
from bot.language import caller_for

logger = logging.getLogger("mmbot.bot.after_ack")


def ack_with_work(
    ack: Ack,
    deps: Deps,
    body: dict[str, Any],
    client: WebClient,
    work: Callable[[], None],
    *,
    respond: Respond | None = None,
) -> None:
    """Hand `work` over (see `hand_over`), then ack.

    In that order: once Slack has the ack, a graceful stop counts the work as acknowledged.
    """
    hand_over(deps, body, client, work, respond=respond)
    ack()


def hand_over(
    deps: Deps,
    body: dict[str, Any],
    client: WebClient,
    work: Callable[[], None],
    *,
    respond: Respond | None = None,
) -> bool:
    """Run `work` on the pool, a failure answered where `respond` (else a DM) shows it.

    False when the pool is full: nothing was queued, and that is logged.
    """

    def on_error(error: Exception) -> None:
        handle_error(error, body, client, respond, None, lang=caller_for(deps, body).lang)

    try:
        deps.background.run(work, on_error)
    except BackgroundFull:
        caller = caller_of(body)
        logger.warning(
            "busy: %s of %s in %s not done",
            body.get("type") or "request",
            caller.actor.id,
            caller.workspace_id,
        )
        return False
    return True
