"""Words and joins that other sentences are built from."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "text.lines": "{lines}",
    "text.value": "{value}",
    "text.list": "{items}",
    "actor.cli": "{name} (CLI)",
    "actor.slack": "{name}",
    "actor.system": "{name}",
    "kind.profile": "profile",
    "kind.site": "site",
    "kind.team": "team",
    "kind.agent": "agent",
    "kind.settings": "settings",
    "range.exactly": "exactly {value}",
    "range.either": "{low} or {high}",
    "range.between": "{low}–{high}",
    "profile.channel_count": "{channel} {count}",
    "profile.state.system_of": "{state}, system",
    "reply.done": "Done.",
    "home.profile_line": "• *{name}* ({type}: {summary})",
    "notice.failed_reason": "The change is saved, but what should follow it did not happen: {reason}",
    "report.summary_agents": "{name} {count}",
    "error.quoted_names": "{names}",
    "error.quoted": '"{name}"',
    "error.code": "`{word}`",
    "error.system_profile_locked.edit": "edited or renamed",
    "error.system_profile_locked.activate": "activated or deactivated",
    "error.system_profile_locked.deactivate": "deactivated",
    "error.system_profile_locked.delete": "deleted",
    "error.admin_check_unavailable": (
        "Slack is unavailable, so mmbot cannot check whether you are an administrator. "
        "Nothing was changed; please try again in a moment."
    ),
    "transfer.where_csv": "CSV",
    "transfer.where_place": "{place}",
    "transfer.bad_csv": "the CSV cannot be read: {problem}",
    "transfer.refused_headline": Plural(
        by="count",
        one="Nothing was imported: {count} problem to correct first.",
        other="Nothing was imported: {count} problems to correct first.",
    ),
    # the command line
    "cli.several_workspaces": "This database holds several workspaces: {names}. Choose one with --workspace.",
    "cli.interrupted": "Interrupted; nothing was changed by the unfinished command.",
    "cli.unexpected": (
        "Something went wrong (reference {reference}). "
        "Run the command again with --log-level DEBUG to see the details."
    ),
    "cli.no_such_file": "No such file: {path}",
    "cli.not_utf8": "{path} is not UTF-8 text.",
}
