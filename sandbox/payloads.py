"""The parts every interactivity payload shares, as Slack fills them in."""

from __future__ import annotations

from typing import Any

from sandbox import people
from sandbox.surfaces import Json, View


def user_json(user: people.User) -> Json:
    """The `user` object of an interactivity payload."""
    return {
        "id": user.id,
        "username": user.handle,
        "name": user.handle,
        "team_id": people.WORKSPACE_ID,
    }


def common(user: people.User) -> Json:
    """Team, user and app: what every interactivity payload starts with."""
    return {
        "team": {"id": people.WORKSPACE_ID, "domain": "sandbox"},
        "user": user_json(user),
        "api_app_id": people.APP_ID,
        "token": "sandbox-verification-token",
        "is_enterprise_install": False,
    }


def with_values(view: View, values: Any) -> Json:
    """The view as the app sent it, with what the user entered as its state."""
    body = view.as_json()
    body["state"] = {"values": values if isinstance(values, dict) else {}}
    return body


def channel_name(channel: str) -> str:
    found = people.channel(channel)
    return found.name if found else "directmessage"
