"""Slack's size limits, checked by the stand-in so that the sandbox refuses what Slack refuses."""

from __future__ import annotations

from typing import Any

MESSAGE_BLOCKS_MAX = 50
SURFACE_BLOCKS_MAX = 100
MESSAGE_TEXT_MAX = 40_000
MODAL_TITLE_MAX = 24
PRIVATE_METADATA_MAX = 3000
SECTION_TEXT_MAX = 3000


def _section_too_long(blocks: list[Any]) -> bool:
    return any(
        isinstance(block, dict)
        and block.get("type") == "section"
        and len(str((block.get("text") or {}).get("text") or "")) > SECTION_TEXT_MAX
        for block in blocks
    )


def message_problem(text: str, blocks: list[Any]) -> str | None:
    """Slack's error code for a message it would refuse, or None."""
    if len(text) > MESSAGE_TEXT_MAX:
        return "msg_too_long"
    if len(blocks) > MESSAGE_BLOCKS_MAX or _section_too_long(blocks):
        return "invalid_blocks"
    return None


def view_problem(view: dict[str, Any]) -> str | None:
    """Slack's error code for a modal or home view it would refuse, or None."""
    blocks = view.get("blocks") or []
    if not isinstance(blocks, list) or len(blocks) > SURFACE_BLOCKS_MAX:
        return "invalid_arguments"
    if _section_too_long(blocks):
        return "invalid_arguments"
    if view.get("type") == "modal":
        title = str((view.get("title") or {}).get("text") or "")
        if not title or len(title) > MODAL_TITLE_MAX:
            return "invalid_arguments"
    if len(str(view.get("private_metadata") or "")) > PRIVATE_METADATA_MAX:
        return "invalid_arguments"
    return None
