"""Texts of the scheduled report, its Slack message, `mmbot report` and change notices."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "report.title": "Multimedia profile report",
    "report.context": "Workspace {workspace} · {when}",
    "report.fallback": (
        "Multimedia profile report for {workspace}: {inactive} inactive, {unassigned} unassigned."
    ),
    "report.unassigned_line": "• {name}",
    "report.summary_off": Plural(
        by="agents",
        one="Profiles: {active} active, {inactive} inactive. Multimedia is off, so the "
        "{agents} agent gets {default}.",
        other="Profiles: {active} active, {inactive} inactive. Multimedia is off, so all "
        "{agents} agents get {default}.",
    ),
    "report.summary_more": Plural(
        by="count",
        one="{shown} … and {count} more profile",
        other="{shown} … and {count} more profiles",
    ),
    # mmbot report
    "report.cli_no_channel": (
        'Workspace {workspace} has no report channel. Set one with: mmbot cmd "settings '
        'report_channel=#channel" (or use --print to see the report here).'
    ),
    "report.cli_no_token": (
        "Neither SLACK_BOT_TOKEN nor SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set, so the "
        "report cannot be posted. Use --print to see it here."
    ),
    "report.cli_posted": "Posted the report for {workspace} to {channel}.",
    "report.cli_post_failed": "The report could not be posted to {channel}: {error}",
    # change notices posted by the CLI
    "notice.cli_failed": (
        "The change is saved, but its notice could not be posted to {channel}: {error}"
    ),
    # the CLI's own lines
    "cli.schema_revision": "Schema is at revision {revision}.",
}
