"""Slack tokens never reach the logs: slack_sdk logs request and response bodies at DEBUG,
and OAuth's bodies (code exchange, refresh) carry access and refresh tokens."""

from __future__ import annotations

import logging
import re

# xoxb-…, xoxp-…, rotating xoxe.xoxb-…, and refresh tokens xoxe-1-…
_TOKEN = re.compile(r"\bxox[a-z]?[.-][A-Za-z0-9.-]+")
# A logger's filter sees only its own records: this is the one that logs HTTP bodies.
SLACK_SDK_LOGGERS = ("slack_sdk.web.base_client",)


class RedactTokens(logging.Filter):
    """Replaces anything shaped like a Slack token in a record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _TOKEN.sub("xox…(redacted)", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def redact_slack_tokens() -> None:
    """Install the filter on slack_sdk's Web API client logger, once."""
    for name in SLACK_SDK_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(existing, RedactTokens) for existing in target.filters):
            target.addFilter(RedactTokens())
