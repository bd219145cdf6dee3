"""Texts refusing addresses, Slack ids and values too long to keep (what is wrong, what is allowed)."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "org.email_too_long": (
        "The email address is {length} characters long; at most {maximum} are allowed."
    ),
    "org.bad_slack_user": (
        "'{value}' is not a Slack user. Use a mention (@jane), a user id such as U012ABC, "
        "or @name of letters, digits, . _ - and ' (at most {maximum} characters)."
    ),
    "settings.schedule_too_long": (
        "The schedule is {length} characters long; at most {maximum} are allowed. "
        'Use ranges such as "0 9 * * 1-5" instead of long lists.'
    ),
    "settings.not_a_channel": (
        "The {field:@field_name} '{value}' is not a channel. Pick one from the list, or write "
        "#name or a channel id such as C0123ABC."
    ),
    "actor.bad_name": (
        "--as '{value}' cannot be recorded as who made the change: use at most {maximum} "
        "characters, without line breaks, tabs or other control characters."
    ),
}
