"""Slack message metadata on what the bot posts to channels, so a post can be found again."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from domain.report_runs import PostMark

REPORT_EVENT = "mmbot_report"
NOTICE_EVENT = "mmbot_change_notice"


def report_metadata(mark: PostMark) -> dict[str, Any]:
    """The metadata of a scheduled report: workspace, scheduled time and run id."""
    return {
        "event_type": REPORT_EVENT,
        "event_payload": {
            "workspace": mark.workspace_id,
            "scheduled_for": mark.scheduled_for.astimezone(UTC).isoformat(),
            "run_id": mark.run_id,
        },
    }


def notice_metadata(workspace_id: str) -> dict[str, Any]:
    """The metadata of a change notice: which workspace's change it announces."""
    return {"event_type": NOTICE_EVENT, "event_payload": {"workspace": workspace_id}}


def carries_mark(metadata: Any, mark: PostMark) -> bool:
    """True if a message's metadata (as conversations.history returns it) names the run."""
    if not isinstance(metadata, dict) or metadata.get("event_type") != REPORT_EVENT:
        return False
    payload = metadata.get("event_payload")
    return isinstance(payload, dict) and payload.get("run_id") == mark.run_id
