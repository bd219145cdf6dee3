"""Sending a finished reply: ephemerally to the caller, and its change notice to the audit channel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.forms.changes import read
from bot.listeners.events.app_home import republish
from bot.notices import post_change_notice
from bot.views.replies import Message, reply_message
from bot.views.report import report_message
from domain.commands.replies import Reply
from domain.services.report import build_report
from domain.services.workspaces import current

logger = logging.getLogger("mmbot.bot")

# Bolt's `respond`, or anything called like it (the slash command's inline answer).
Responder = Callable[..., Any]


def answer(respond: Responder, reply: Reply) -> None:
    """The reply to a slash command, visible only to the caller."""
    answer_message(respond, reply_message(reply))


def answer_message(respond: Responder, message: Message) -> None:
    """A finished message (the report, say) as the reply to a slash command, only for the caller."""
    respond(response_type="ephemeral", **message.as_kwargs())


def current_report(deps: Deps, caller: Caller) -> Message:
    """The report of the caller's workspace now, as the scheduled post shows it."""
    return report_message(read(deps, caller, build_report), threaded=False)


def announce(deps: Deps, client: WebClient, caller: Caller, reply: Reply) -> None:
    """Post the reply's change notice, if it has one and the workspace has an audit channel;
    re-publish App Home to the users who have it open."""
    if not reply.notice:
        return
    _refresh_home(deps, client, caller)
    try:
        workspace = read(deps, caller, current)
    except Exception:
        # The change is committed: the error handler must not tell the user it was not.
        logger.exception("could not read the audit channel for a change notice")
        return
    post_change_notice(client, workspace, reply)


def _refresh_home(deps: Deps, client: WebClient, caller: Caller) -> None:
    try:
        republish(deps, client, caller)
    except Exception:
        logger.exception("could not re-publish App Home after a change")
