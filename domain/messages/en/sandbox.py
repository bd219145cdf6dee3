"""The local sandbox (`mmbot serve` without Slack credentials): the terminal and Slack's own lines."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "sandbox.started_without_credentials": (
        "No Slack credentials are set ({missing}), so mmbot serve starts the local sandbox: "
        "open {url}"
    ),
    "sandbox.started": "mmbot sandbox is running: open {url}",
    "sandbox.data_new": "a new sample contact center",
    "sandbox.data_kept": "kept from the last run",
    "sandbox.data_reset": "deleted and started over",
    "sandbox.details": (
        "Nothing reaches Slack. Data: {file} in this folder ({data}; `mmbot sandbox --reset` "
        "starts over). For a real workspace set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and run "
        "`mmbot serve --slack` ({doc}). Ctrl-C stops."
    ),
    "sandbox.port_busy": "mmbot cannot start the sandbox on {address}: {reason}. Set PORT to a free port.",
    "sandbox.not_a_command": "{word} is not a valid command. Only {command} is installed here.",
    "sandbox.command_failed": '{command} failed with the error "{reason}"',
    "sandbox.form_gone": "This form is no longer open.",
    "sandbox.app_unreachable": "The app did not answer ({status}). Try again?",
}
