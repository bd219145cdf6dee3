"""A finished Slack message: Block Kit blocks and the plain-text fallback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slackkit.blocks import Json


@dataclass(frozen=True)
class Message:
    """What chat.postMessage / respond() take: blocks and the fallback `text`."""

    text: str
    blocks: list[Json]
    thread_ts: str | None = None
    """Set for a reply in a thread (the report's full lists)."""

    def as_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"text": self.text, "blocks": self.blocks}
        if self.thread_ts:
            kwargs["thread_ts"] = self.thread_ts
        return kwargs
