"""What `handle` returns: the reply to show, what a form needs, and what was not delivered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.application.events import Event, Undelivered
from domain.commands.replies import Reply
from domain.messages import msg

_NOTHING = Reply(headline=msg("reply.done"))


@dataclass(frozen=True)
class Result:
    """`data` carries what a form opener or a report needs beyond the reply (a profile, the
    report itself); `undelivered` the side effects that failed after the commit."""

    reply: Reply = _NOTHING
    data: object = None
    events: Sequence[Event] = field(default_factory=tuple)
    undelivered: Sequence[Undelivered] = field(default_factory=tuple)
    # The language the answer is rendered in, when it is known: the one the command just
    # chose, or the caller's as `handle` read it when it was given the caller's locales.
    language: str | None = None
