"""What the page's clicks and keystrokes become: Slack's payloads, sent signed to the real app."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from domain.messages import t
from sandbox import people
from sandbox.signed import AppAnswer, SignedSender
from sandbox.state import Json, Message, SandboxState, View

COMMAND = "/mmprofile"


def _user(user: people.User) -> Json:
    return {
        "id": user.id,
        "username": user.handle,
        "name": user.handle,
        "team_id": people.WORKSPACE_ID,
    }


def _failure(answer: AppAnswer) -> str:
    # The wording Slack itself shows when an app does not answer a command properly.
    reason = (
        "operation_timeout" if answer.status == 504 else f"http_service_error ({answer.status})"
    )
    return t("sandbox.command_failed", command=COMMAND, reason=reason)


@dataclass(frozen=True)
class Interactions:
    """Turns the page's requests into signed requests to the app and records what comes back."""

    state: SandboxState
    app: SignedSender
    base_url: str

    def _common(self, user: people.User) -> Json:
        return {
            "team": {"id": people.WORKSPACE_ID, "domain": "sandbox"},
            "user": _user(user),
            "api_app_id": people.APP_ID,
            "token": "sandbox-verification-token",
            "is_enterprise_install": False,
        }

    def command(self, user: people.User, channel: str, text: str) -> None:
        """A slash command typed in `channel`; its ack or response_url answer is shown to `user`."""
        self.state.post(
            Message(
                ts=self.state.next_ts(),
                channel=channel,
                user=user.id,
                text=f"{COMMAND} {text}".strip(),
                only_for=user.id,
                command=True,
            )
        )
        key = self.state.issue(user.id, channel)
        answer = self.app.form(
            {
                "token": "sandbox-verification-token",
                "team_id": people.WORKSPACE_ID,
                "team_domain": "sandbox",
                "channel_id": channel,
                "channel_name": _channel_name(channel),
                "user_id": user.id,
                "user_name": user.handle,
                "command": COMMAND,
                "text": text,
                "api_app_id": people.APP_ID,
                "is_enterprise_install": "false",
                "response_url": f"{self.base_url}/response/{key}",
                "trigger_id": key,
            }
        )
        if not answer.ok:
            self.notice(user, channel, _failure(answer))
            return
        body = answer.body if isinstance(answer.body, dict) else {}
        if body.get("text") or body.get("blocks"):
            in_channel = body.get("response_type") == "in_channel"
            self.state.post(
                Message(
                    ts=self.state.next_ts(),
                    channel=channel,
                    user=people.BOT_USER_ID,
                    text=str(body.get("text") or ""),
                    blocks=body.get("blocks") or [],
                    only_for=None if in_channel else user.id,
                )
            )

    def say(self, user: people.User, channel: str, text: str) -> None:
        """A plain message from `user` (the app does not listen to those)."""
        self.state.post(Message(ts=self.state.next_ts(), channel=channel, user=user.id, text=text))

    def open_home(self, user: people.User) -> AppAnswer:
        """The user opened the app's Home tab: app_home_opened."""
        home = self.state.home(user.id)
        event: Json = {
            "type": "app_home_opened",
            "user": user.id,
            "channel": people.dm_id(user.id),
            "tab": "home",
            "event_ts": f"{time.time():.6f}",
        }
        if home is not None:
            event["view"] = home.as_json()
        return self.app.event(
            {
                "token": "sandbox-verification-token",
                "team_id": people.WORKSPACE_ID,
                "api_app_id": people.APP_ID,
                "type": "event_callback",
                "event_id": "Ev" + uuid.uuid4().hex[:10].upper(),
                "event_time": int(time.time()),
                "authorizations": [
                    {"team_id": people.WORKSPACE_ID, "user_id": people.BOT_USER_ID, "is_bot": True}
                ],
                "event": event,
            }
        )

    def act(self, user: people.User, action: Json, where: Json, values: Json | None) -> AppAnswer:
        """A button press or a menu choice (block_actions) in a view or in a message."""
        payload: Json = {
            **self._common(user),
            "type": "block_actions",
            "trigger_id": self.state.issue(user.id, str(where.get("channel") or "")),
            "actions": [{**action, "action_ts": f"{time.time():.6f}"}],
        }
        view = self.state.view(str(where.get("view_id") or ""))
        if view is not None:
            payload["view"] = _with_values(view, values)
            payload["container"] = {"type": "view", "view_id": view.id}
        else:
            channel = str(where.get("channel") or "")
            payload["container"] = {
                "type": "message",
                "message_ts": where.get("ts"),
                "channel_id": channel,
                "is_ephemeral": bool(where.get("ephemeral")),
            }
            payload["channel"] = {"id": channel, "name": _channel_name(channel)}
            key = self.state.issue(user.id, channel)
            payload["response_url"] = f"{self.base_url}/response/{key}"
        return self.app.interaction(payload)

    def submit(self, user: people.User, view_id: str, values: Json) -> Json:
        """The modal's submit button (view_submission); what the page should show next."""
        view = self.state.view(view_id)
        if view is None or view.user != user.id:
            return {"error": t("sandbox.form_gone")}
        answer = self.app.interaction(
            {
                **self._common(user),
                "type": "view_submission",
                "trigger_id": self.state.issue(user.id, ""),
                "view": _with_values(view, values),
                "response_urls": [],
            }
        )
        if not answer.ok:
            return {"error": t("sandbox.app_unreachable", status=answer.status)}
        body = answer.body if isinstance(answer.body, dict) else {}
        action = body.get("response_action")
        if action == "errors":
            self.state.show_errors(view.id, body.get("errors") or {})
        elif action == "update" and isinstance(body.get("view"), dict):
            self.state.update_view(view.id, body["view"], None)
        elif action == "push" and isinstance(body.get("view"), dict):
            self.state.open_modal(user.id, body["view"], push=True)
        else:
            self.state.close_modal(user.id, view.id, all_of_them=action == "clear")
        return {"ok": True}

    def suggest(
        self, user: people.User, view_id: str, element: Json, value: str, values: Json
    ) -> Json:
        """Typing in an external_select (block_suggestion); the options the app offers."""
        view = self.state.view(view_id)
        if view is None:
            return {"options": []}
        answer = self.app.interaction(
            {
                **self._common(user),
                "type": "block_suggestion",
                "action_id": element.get("action_id"),
                "block_id": element.get("block_id"),
                "value": value,
                "view": _with_values(view, values),
                "container": {"type": "view", "view_id": view.id},
            }
        )
        body = answer.body if answer.ok and isinstance(answer.body, dict) else {}
        return {"options": body.get("options") or [], "option_groups": body.get("option_groups")}

    def close(self, user: people.User, view_id: str, values: Json) -> None:
        """The modal's close button; view_closed goes to the app only when it asked for it."""
        view = self.state.view(view_id)
        if view is None:
            return
        self.state.close_modal(user.id, view_id)
        if view.body.get("notify_on_close"):
            self.app.interaction(
                {
                    **self._common(user),
                    "type": "view_closed",
                    "view": _with_values(view, values),
                    "is_cleared": False,
                }
            )

    def notice(self, user: people.User, channel: str, text: str) -> None:
        """A line from Slackbot that only `user` sees (Slack's own answers, not the app's)."""
        self.state.post(
            Message(
                ts=self.state.next_ts(),
                channel=channel,
                user="USLACKBOT",
                text=text,
                only_for=user.id,
            )
        )


def _with_values(view: View, values: Any) -> Json:
    body = view.as_json()
    body["state"] = {"values": values if isinstance(values, dict) else {}}
    return body


def _channel_name(channel: str) -> str:
    found = people.channel(channel)
    return found.name if found else "directmessage"
