"""Running commands through the real application entry, as a front end with fixed rights.

`run` returns the reply as an English reader sees it (`Shown`), so tests assert words.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.application.store import Store
from domain.audit import Actor
from domain.commands.model import Command
from domain.commands.replies import Reply
from domain.messages import Translator

_ENGLISH = Translator("en")


class FixedAdmins:
    """Every Slack user is an administrator, or none is."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer

    def is_admin(self, workspace_id: str, user_id: str) -> bool:
        return self.answer


@dataclass(frozen=True)
class ShownTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int | None


@dataclass(frozen=True)
class Shown:
    """A reply rendered in English: what the terminal prints, piece by piece."""

    reply: Reply
    headline: str
    details: tuple[str, ...]
    table: ShownTable | None
    notice: str | None

    @classmethod
    def of(cls, reply: Reply) -> Shown:
        table = None
        if reply.table is not None:
            table = ShownTable(
                tuple(_ENGLISH.text(c) for c in reply.table.columns),
                tuple(tuple(_ENGLISH.text(c) for c in row) for row in reply.table.rows),
                reply.table.total,
            )
        return cls(
            reply=reply,
            headline=_ENGLISH.text(reply.headline),
            details=tuple(_ENGLISH.text(d) for d in reply.details),
            table=table,
            notice=None if reply.notice is None else _ENGLISH.text(reply.notice),
        )

    def as_text(self) -> str:
        return self.reply.as_text(_ENGLISH)


def run(
    command: Command, *, factory: Store, workspace_id: str, actor: Actor, is_admin: bool
) -> Shown:
    """The reply of `command` run by `actor` through `Application.handle`, in English."""
    app = Application(factory, FixedAdmins(is_admin), NoNotifier())
    return Shown.of(app.handle(command, Caller(workspace_id, actor)).reply)
