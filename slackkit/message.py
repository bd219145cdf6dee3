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

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}
