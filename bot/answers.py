"""Sending a finished reply: ephemerally to the caller, and its change notice to the audit channel."""

from __future__ import annotations

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.deps import Caller, Deps
from bot.forms.changes import read
from bot.notices import post_change_notice
from bot.views.replies import reply_message
from domain.commands.replies import Reply
from domain.services.workspaces import current


def answer(respond: Respond, reply: Reply) -> None:
    """The reply to a slash command, visible only to the caller."""
    respond(response_type="ephemeral", **reply_message(reply).as_kwargs())


def announce(deps: Deps, client: WebClient, caller: Caller, reply: Reply) -> None:
    """Post the reply's change notice, if it has one and the workspace has an audit channel."""
    if reply.notice:
        post_change_notice(client, read(deps, caller, current), reply)
