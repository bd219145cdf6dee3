"""Texts about sites, teams, agents and settings."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "org.bad_email": "'{value}' is not an email address (expected name@example.com).",
    "settings.bad_channel": (
        "The {field:@field_name} is not a channel: it holds {character}. Pick a channel from the list."
    ),
    "settings.channel_too_long": (
        "The {field:@field_name} is not a channel: it is too long. Pick a channel from the list."
    ),
    "settings.bad_timezone": "'{value}' is not a time zone. Use an IANA name such as Europe/Budapest or UTC.",
    "settings.bad_cron_field": (
        "'{value}' is not a schedule: the {field:@cron_field} field '{part}' must be *, */N, N, "
        "N-M, N-M/N or a comma list of these, with N from {low} to {high}."
    ),
    "settings.bad_cron_named_field": (
        "'{value}' is not a schedule: the {field:@cron_field} field '{part}' must be *, */N, N, "
        "N-M, N-M/N or a comma list of these, with N from {low} to {high} or {first}–{last}."
    ),
    "settings.bad_cron": (
        "'{value}' is not a schedule. Use five cron fields: minute hour day month weekday, "
        'for example "0 9 * * 1-5" for 09:00 on weekdays.'
    ),
    "settings.bad_language": "'{value}' is not a language mmbot speaks. Allowed: {allowed:or}.",
}
