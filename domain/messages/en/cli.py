"""Texts the terminal shows: bad settings and faults of the machine rather than the request."""

from domain.messages.formatting import Template

_WHOLE = "use a whole number"

MESSAGES: dict[str, Template] = {
    # one per variable of config.settings.Settings, plus the --log-level option
    "settings.invalid.SLACK_BOT_TOKEN": "SLACK_BOT_TOKEN is not allowed: use the bot token (xoxb-…).",
    "settings.invalid.SLACK_SIGNING_SECRET": (
        "SLACK_SIGNING_SECRET is not allowed: use the app's signing secret."
    ),
    "settings.invalid.SLACK_APP_TOKEN": "SLACK_APP_TOKEN is not allowed: use the app token (xapp-…).",
    "settings.invalid.SLACK_API_URL": (
        "SLACK_API_URL={value} is not allowed: use an http(s) URL such as https://slack.com/api/."
    ),
    "settings.invalid.SLACK_CLIENT_ID": (
        "SLACK_CLIENT_ID is not allowed: use the app's client id (digits and a dot)."
    ),
    "settings.invalid.SLACK_CLIENT_SECRET": (
        "SLACK_CLIENT_SECRET is not allowed: use the app's client secret."
    ),
    "settings.invalid.SLACK_REDIRECT_URI": (
        "SLACK_REDIRECT_URI={value} is not allowed: use the https URL of /slack/oauth_redirect."
    ),
    "settings.invalid.DATABASE_URL": (
        "DATABASE_URL is not a database mmbot can use: use sqlite:///path/to/mmbot.db "
        "or postgresql://user@host/database."
    ),
    "settings.invalid.MMBOT_ADMIN_USERS": (
        "MMBOT_ADMIN_USERS is not allowed: use Slack user ids separated by commas (U123,U456)."
    ),
    "settings.invalid.MMBOT_ADMIN_GROUP": (
        "MMBOT_ADMIN_GROUP is not allowed: use one Slack user group handle or id."
    ),
    "settings.invalid.PORT": (
        "PORT={value} is not a port: " + _WHOLE + " from 1 to 65535 (default 3000)."
    ),
    "settings.invalid.MMBOT_HOST": (
        "MMBOT_HOST={value} is not an address: use one such as 127.0.0.1 or 0.0.0.0."
    ),
    "settings.invalid.MMBOT_WORKERS": (
        "MMBOT_WORKERS={value} is not a number of worker processes: " + _WHOLE + ", 1 or more."
    ),
    "settings.invalid.MMBOT_THREADS": (
        "MMBOT_THREADS={value} is not a number of threads: " + _WHOLE + ", 1 or more."
    ),
    "settings.invalid.MMBOT_LANG": (
        "MMBOT_LANG={value} is not a language mmbot speaks: use en or hu."
    ),
    **{
        f"settings.invalid.MMBOT_SCHEDULER_{name}_SECONDS": (
            f"MMBOT_SCHEDULER_{name}_SECONDS={{value}} is not allowed: use a number of seconds "
            "above 0."
        )
        for name in ("HEARTBEAT", "STALE", "RESTART", "SYNC")
    },
    "settings.invalid.MMBOT_INSTANCE_ID": (
        "MMBOT_INSTANCE_ID is set by mmbot serve for its own processes: leave it unset."
    ),
    "settings.invalid.--log-level": (
        "--log-level {value} is not a level: use DEBUG, INFO, WARNING, ERROR or CRITICAL."
    ),
    # faults of the terminal or the file system
    "cli.not_a_directory": "{path}: a part of this path is a file, not a directory.",
    "cli.file_is_directory": "{path} is a directory: name a file.",
    "cli.file_not_allowed": "{path}: permission denied.",
    "cli.file_unusable": "{path} cannot be used: {reason}.",
}
