"""The Slack Web API the app calls, answered from the sandbox's state (SLACK_API_URL points here)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sandbox import people
from sandbox.limits import message_problem, view_problem
from sandbox.state import Json, Message, SandboxState

Method = Callable[[SandboxState, Json], Json]


def _error(code: str) -> Json:
    return {"ok": False, "error": code}


def _conversation(channel: str) -> str | None:
    """The conversation a `channel` argument names: a channel, or a user id meaning their DM."""
    if people.channel(channel) is not None or people.dm_owner(channel) is not None:
        return channel
    if people.user(channel) is not None:
        return people.dm_id(channel)
    return None


def _blocks(params: Json) -> list[Json]:
    blocks = params.get("blocks") or []
    return blocks if isinstance(blocks, list) else []


def _metadata(params: Json) -> Json | None:
    metadata = params.get("metadata")
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata or "null")
        except ValueError:
            return None
    return metadata if isinstance(metadata, dict) else None


def auth_test(_state: SandboxState, _params: Json) -> Json:
    return {
        "ok": True,
        "url": "http://sandbox.invalid/",
        "team": people.WORKSPACE_NAME,
        "team_id": people.WORKSPACE_ID,
        "user": people.BOT_NAME,
        "user_id": people.BOT_USER_ID,
        "bot_id": people.BOT_ID,
        "is_enterprise_install": False,
    }


def post_message(state: SandboxState, params: Json) -> Json:
    channel = _conversation(str(params.get("channel") or ""))
    if channel is None:
        return _error("channel_not_found")
    if not params.get("text") and not _blocks(params):
        return _error("no_text")
    message = state.post(
        Message(
            ts=state.next_ts(),
            channel=channel,
            user=people.BOT_USER_ID,
            text=str(params.get("text") or ""),
            blocks=_blocks(params),
            metadata=_metadata(params),
        )
    )
    return {"ok": True, "channel": channel, "ts": message.ts, "message": message.as_json()}


def post_ephemeral(state: SandboxState, params: Json) -> Json:
    channel = _conversation(str(params.get("channel") or ""))
    target = people.user(str(params.get("user") or ""))
    if channel is None:
        return _error("channel_not_found")
    if target is None:
        return _error("user_not_found")
    message = state.post(
        Message(
            ts=state.next_ts(),
            channel=channel,
            user=people.BOT_USER_ID,
            text=str(params.get("text") or ""),
            blocks=_blocks(params),
            only_for=target.id,
        )
    )
    return {"ok": True, "message_ts": message.ts}


def conversations_history(state: SandboxState, params: Json) -> Json:
    channel = _conversation(str(params.get("channel") or ""))
    if channel is None:
        return _error("channel_not_found")
    limit = int(params.get("limit") or 100)
    with_metadata = str(params.get("include_all_metadata") or "").lower() in ("1", "true")
    found = []
    for message in state.history(channel)[:limit]:
        body = message.as_json()
        if not with_metadata:
            body.pop("metadata", None)
        found.append(body)
    return {"ok": True, "messages": found, "has_more": False}


def _user_of_trigger(state: SandboxState, params: Json) -> str | None:
    target = state.reply_target(str(params.get("trigger_id") or ""))
    return target.user if target else None


def views_open(state: SandboxState, params: Json) -> Json:
    user = _user_of_trigger(state, params)
    if user is None:
        return _error("invalid_trigger_id")
    return {"ok": True, "view": state.surfaces.open_modal(user, params["view"]).as_json()}


def views_push(state: SandboxState, params: Json) -> Json:
    user = _user_of_trigger(state, params)
    if user is None:
        return _error("invalid_trigger_id")
    return {
        "ok": True,
        "view": state.surfaces.open_modal(user, params["view"], push=True).as_json(),
    }


def views_update(state: SandboxState, params: Json) -> Json:
    updated = state.surfaces.update_view(
        str(params.get("view_id") or ""), params["view"], params.get("hash") or None
    )
    if isinstance(updated, str):
        return _error(updated)
    return {"ok": True, "view": updated.as_json()}


def views_publish(state: SandboxState, params: Json) -> Json:
    target = people.user(str(params.get("user_id") or ""))
    if target is None:
        return _error("user_not_found")
    return {"ok": True, "view": state.surfaces.publish_home(target.id, params["view"]).as_json()}


def users_info(_state: SandboxState, params: Json) -> Json:
    found = people.user(str(params.get("user") or ""))
    if found is None:
        return _error("user_not_found")
    return {"ok": True, "user": found.as_slack()}


def usergroups_users_list(_state: SandboxState, params: Json) -> Json:
    if params.get("usergroup") != people.ADMIN_GROUP_ID:
        return _error("no_such_subteam")
    return {"ok": True, "users": []}


METHODS: dict[str, Method] = {
    "auth.test": auth_test,
    "chat.postMessage": post_message,
    "chat.postEphemeral": post_ephemeral,
    "conversations.history": conversations_history,
    "views.open": views_open,
    "views.push": views_push,
    "views.update": views_update,
    "views.publish": views_publish,
    "users.info": users_info,
    "usergroups.users.list": usergroups_users_list,
}
VIEW_METHODS = frozenset({"views.open", "views.push", "views.update", "views.publish"})
MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral"})


def call(state: SandboxState, method: str, params: dict[str, Any], *, authed: bool) -> Json:
    """Slack's answer to one Web API call (always HTTP 200, as Slack does for API errors)."""
    if not authed:
        return _error("invalid_auth")
    handler = METHODS.get(method)
    if handler is None:
        return _error("unknown_method")
    for key in ("view", "blocks"):
        if isinstance(params.get(key), str):
            try:
                params[key] = json.loads(params[key])
            except ValueError:
                return _error("invalid_arguments" if key == "view" else "invalid_blocks")
    if method in VIEW_METHODS:
        view = params.get("view")
        problem = view_problem(view) if isinstance(view, dict) else "invalid_arguments"
        if problem:
            return _error(problem)
    if method in MESSAGE_METHODS and (
        problem := message_problem(str(params.get("text") or ""), _blocks(params))
    ):
        return _error(problem)
    return handler(state, params)


def respond(state: SandboxState, key: str, body: Json) -> bool:
    """A message sent to a response_url; False when the URL is unknown or expired."""
    target = state.reply_target(key)
    if target is None:
        return False
    ephemeral = body.get("response_type", "ephemeral") != "in_channel"
    state.post(
        Message(
            ts=state.next_ts(),
            channel=target.channel,
            user=people.BOT_USER_ID,
            text=str(body.get("text") or ""),
            blocks=_blocks(body),
            only_for=target.user if ephemeral else None,
        )
    )
    return True
