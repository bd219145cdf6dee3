"""The page's own endpoints under /sandbox/: the state to draw, and what the user did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.messages import DEFAULT_LANGUAGE, t
from sandbox import people
from sandbox.interactions import COMMAND, Interactions
from sandbox.modal_actions import ModalActions
from sandbox.state import Json, SandboxState

# A page waits this long for something to change before asking again.
LONG_POLL_SECONDS = 15.0
TEXT_MAX = 4000


class BadRequest(Exception):
    """The page sent something the sandbox cannot use (HTTP 400)."""


def _user(body: Json) -> people.User:
    found = people.user(str(body.get("user") or ""))
    if found is None:
        raise BadRequest("unknown user")
    return found


def _conversation(body: Json, user: people.User) -> str:
    channel = str(body.get("channel") or "")
    if people.channel(channel) is None and channel != people.dm_id(user.id):
        raise BadRequest("unknown channel")
    return channel


def _text(body: Json) -> str:
    text = str(body.get("text") or "")
    if len(text) > TEXT_MAX:
        raise BadRequest("text too long")
    return text


def _dict(body: Json, key: str) -> Json:
    value = body.get(key)
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class PageApi:
    """One method per endpoint; each takes the request's JSON and returns the answer's JSON."""

    state: SandboxState
    interactions: Interactions
    modals: ModalActions
    post_report: Callable[[], str]

    def routes(self) -> dict[str, Callable[[Json], Json]]:
        return {
            "state": self.snapshot,
            "send": self.send,
            "home": self.home,
            "action": self.action,
            "submit": self.submit,
            "suggest": self.suggest,
            "close": self.close,
            "report": self.report,
        }

    def snapshot(self, body: Json) -> Json:
        """Everything the page draws for one user, once the state moved past `after`."""
        user = _user(body)
        after = body.get("after")
        version = (
            self.state.wait(int(after), LONG_POLL_SECONDS)
            if isinstance(after, int)
            else self.state.version
        )
        home = self.state.surfaces.home(user.id)
        return {
            "version": version,
            "workspace": people.WORKSPACE_NAME,
            "bot": {"id": people.BOT_USER_ID, "name": people.BOT_NAME},
            "users": [{"id": u.id, "name": u.real_name, "admin": u.is_admin} for u in people.USERS],
            "channels": [{"id": c.id, "name": c.name, "topic": c.topic} for c in people.CHANNELS],
            "dm": people.dm_id(user.id),
            "messages": [m.as_json() for m in self.state.seen_by(user.id)],
            "modals": [
                {"view": v.as_json(), "errors": v.errors}
                for v in self.state.surfaces.modal_stack(user.id)
            ],
            "home": home.as_json() if home else None,
        }

    def send(self, body: Json) -> Json:
        """The message box: `/mmprofile …` goes to the app, anything else is just said."""
        user = _user(body)
        channel = _conversation(body, user)
        text = _text(body).strip()
        if not text:
            return {"ok": True}
        word, _, rest = text.partition(" ")
        if word == COMMAND:
            self.interactions.command(user, channel, rest.strip())
        elif word.startswith("/"):
            self.interactions.notice(
                user,
                channel,
                t(DEFAULT_LANGUAGE, "sandbox.not_a_command", word=word, command=COMMAND),
            )
        else:
            self.interactions.say(user, channel, text)
        return {"ok": True}

    def home(self, body: Json) -> Json:
        answer = self.interactions.open_home(_user(body))
        return {"ok": answer.ok}

    def action(self, body: Json) -> Json:
        answer = self.interactions.act(
            _user(body), _dict(body, "action"), _dict(body, "where"), _dict(body, "values")
        )
        return {"ok": answer.ok}

    def submit(self, body: Json) -> Json:
        return self.modals.submit(
            _user(body), str(body.get("view_id") or ""), _dict(body, "values")
        )

    def suggest(self, body: Json) -> Json:
        return self.modals.suggest(
            _user(body),
            str(body.get("view_id") or ""),
            _dict(body, "element"),
            _text({"text": body.get("value")}),
            _dict(body, "values"),
        )

    def close(self, body: Json) -> Json:
        self.modals.close(_user(body), str(body.get("view_id") or ""), _dict(body, "values"))
        return {"ok": True}

    def report(self, body: Json) -> Json:
        """The sandbox's 'post the report now' control (what `mmbot report --now` does)."""
        _user(body)
        return {"ok": True, "result": self.post_report()}
