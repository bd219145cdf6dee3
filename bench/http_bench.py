"""Signed slash commands over HTTP to `mmbot serve`, against a bare Bolt app as the floor.

Not written yet: it needs the Slack app (`bot.app.create_app`, `mmbot serve`), which had
not landed when the rest of the benchmarks were. Until then the run says so.
"""

from __future__ import annotations

import importlib.util
from typing import Any


def run(*, quick: bool) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    """Rows for the table, details for the JSON, and notes; empty while the app is missing."""
    if importlib.util.find_spec("bot.app") is None:
        reason = "HTTP benchmark not run: bot.app (the Slack app) is not in this tree yet"
    else:
        reason = "HTTP benchmark not written yet (bench/http_bench.py); see docs/benchmarks.md"
    return [], {"skipped": reason, "quick": quick}, [reason]
