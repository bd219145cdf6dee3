"""Texts about sites, teams, agents and settings."""

MESSAGES = {
    "org.bad_email": "'{value}' is not an email address (expected name@example.com).",
    "settings.bad_channel": (
        "The {field} is not a channel: {character}. Pick a channel from the list."
    ),
    "settings.bad_timezone": "'{value}' is not a time zone. Use an IANA name such as Europe/Budapest or UTC.",
    "settings.bad_cron_field": (
        "'{value}' is not a schedule: the {field} field '{part}' must be {allowed}."
    ),
    "settings.bad_cron": (
        "'{value}' is not a schedule. Use five cron fields: minute hour day month weekday, "
        'for example "0 9 * * 1-5" for 09:00 on weekdays.'
    ),
}
