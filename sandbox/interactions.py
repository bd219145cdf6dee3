"""What the page's clicks and keystrokes become: Slack's payloads, sent signed to the real app."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from domain.messages import DEFAULT_LANGUAGE, t
from sandbox import people
from sandbox.payloads import channel_name, common, with_values
from sandbox.signed import AppAnswer, SignedSender
from sandbox.state import Json, Message, SandboxState

COMMAND = "/mmprofile"


def _failure(answer: AppAnswer) -> str:
    # The wording Slack itself shows when an app does not answer a command properly.
    reason = (
        "operation_timeout" if answer.status == 504 else f"http_service_error ({answer.status})"
    )
    return t(DEFAULT_LANGUAGE, "sandbox.command_failed", command=COMMAND, reason=reason)


@dataclass(frozen=True)
class Interactions:
    """Turns the page's requests into signed requests to the app and records what comes back."""

    state: SandboxState
    app: SignedSender
    base_url: str

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
                "channel_name": channel_name(channel),
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
        home = self.state.surfaces.home(user.id)
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
            **common(user),
            "type": "block_actions",
            "trigger_id": self.state.issue(user.id, str(where.get("channel") or "")),
            "actions": [{**action, "action_ts": f"{time.time():.6f}"}],
        }
        view = self.state.surfaces.view(str(where.get("view_id") or ""))
        if view is not None and view.user == user.id:
            payload["view"] = with_values(view, values)
            payload["container"] = {"type": "view", "view_id": view.id}
        else:
            channel = str(where.get("channel") or "")
            payload["container"] = {
                "type": "message",
                "message_ts": where.get("ts"),
                "channel_id": channel,
                "is_ephemeral": bool(where.get("ephemeral")),
            }
            payload["channel"] = {"id": channel, "name": channel_name(channel)}
            key = self.state.issue(user.id, channel)
            payload["response_url"] = f"{self.base_url}/response/{key}"
        return self.app.interaction(payload)

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
