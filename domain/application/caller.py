"""Who asks, from which workspace, in which language: plain values from any front end."""

from __future__ import annotations

from dataclasses import dataclass

from domain.audit import Actor, ActorKind
from domain.messages import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Caller:
    """The caller of one command; `lang` is the language its answer is rendered in."""

    workspace_id: str
    actor: Actor
    lang: str = DEFAULT_LANGUAGE

    @property
    def is_local(self) -> bool:
        """A CLI user on the machine that holds the database: an administrator by position."""
        return self.actor.kind is not ActorKind.SLACK
