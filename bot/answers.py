"""Sending a finished reply to a slash command: ephemerally, only to the caller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.views.replies import reply_message
from domain.commands.replies import Reply
from slackkit.message import Message

# Bolt's `respond`, or anything called like it (the slash command's inline answer).
Responder = Callable[..., Any]


def answer(respond: Responder, reply: Reply, lang: str) -> None:
    """The reply to a slash command, visible only to the caller."""
    answer_message(respond, reply_message(reply, lang))


def answer_message(respond: Responder, message: Message) -> None:
    """A finished message (the report, say) as the reply to a slash command, only for the caller."""
    respond(response_type="ephemeral", **message.as_kwargs())
