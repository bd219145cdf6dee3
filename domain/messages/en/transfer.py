"""Texts about export, import and CSV agent onboarding."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "transfer.not_an_export": "This is not an mmbot export document: {reason}.",
    "transfer.too_deep": (
        "This is not an mmbot export document: it nests far deeper than an export ever does."
    ),
    "transfer.unsupported_version": (
        "This export document has version {version}; this mmbot reads version {supported}."
    ),
    "transfer.bad_value": "{problem}.",
    "transfer.refused": Plural(
        by="count",
        one="Nothing was imported: {count} problem to correct first.\n{details}{more}",
        other="Nothing was imported: {count} problems to correct first.\n{details}{more}",
    ),
    "transfer.more_problems": "\n…and {count} more.",
    "transfer.problem": "{where}: {text}",
    "transfer.where_line": "line {line}",
    "transfer.where_item": '{kind} "{name}"',
    "transfer.where_settings": "settings",
    "transfer.repeated": '{kind} "{name}" is given again; it was first given at {first}.',
    "transfer.bad_team_kind": "kind={value} is not a team kind. Allowed: agent, capacity.",
    "transfer.team_cannot_move": (
        'Team "{team}" is on site "{site}"; an import cannot move it to "{wanted}". '
        "Remove and add the team with commands instead."
    ),
    "transfer.team_cannot_change_kind": (
        'Team "{team}" is {kind}-based; an import cannot make it {wanted}-based.'
    ),
    "transfer.agent_needs_team": 'Agent "{agent}" needs at least one team.',
    "transfer.bad_slack_user": (
        "'{value}' is not a Slack user. Use a user id such as U012ABC, a mention, or @name."
    ),
}

MESSAGES |= {
    "transfer.too_many_rows": (
        "The file has more than {limit} agent rows; at most {limit} can be imported at once. "
        "Split it into files of up to {limit} rows."
    ),
    "transfer.bad_header": (
        "The first line must name the columns: {expected} (profile, email and slack may be "
        "left out). It reads: {found}"
    ),
    "transfer.too_many_cells": "{count} cells where the header has {expected}.",
}

MESSAGES |= {
    "transfer.summary.applied": "Imported {source}.",
    "transfer.summary.dry_run": "Dry run of {source}: nothing was written. It would do this:",
    "transfer.summary.created": "Created: {counts}",
    "transfer.summary.changed": "Changed: {counts}",
    "transfer.summary.kept": "Left alone: {counts}",
    "transfer.summary.change": '• {kind} "{name}": {fields}',
    "transfer.summary.settings_change": "• settings: {fields}",
    "transfer.summary.more_changes": "• …and {count} more changed",
    "transfer.count.nothing": "nothing",
    "transfer.count.settings": "settings",
    "transfer.count.profile": Plural(by="count", one="{count} profile", other="{count} profiles"),
    "transfer.count.site": Plural(by="count", one="{count} site", other="{count} sites"),
    "transfer.count.team": Plural(by="count", one="{count} team", other="{count} teams"),
    "transfer.count.agent": Plural(by="count", one="{count} agent", other="{count} agents"),
    "transfer.progress": "{done} of {total} agents written",
    "transfer.exported": "Exported workspace {workspace} to {path}.",
}

MESSAGES |= {
    "slack.import.title": "Import agents",
    "slack.import.close": "Cancel",
    "slack.import.intro": (
        "Paste CSV with a header line: *name,email,slack,teams,profile*. Separate several teams "
        "with ';'. Email, slack and profile may be empty. Nothing is written until you confirm."
    ),
    "slack.import.paste_label": "Agents as CSV",
    "slack.import.paste_hint": "Up to 3000 characters here; use `mmbot import-agents` for more.",
    "slack.import.preview_button": "Preview",
    "slack.import.apply_button": "Import",
    "slack.import.confirm_hint": (
        "Press Import to apply exactly this. If you edit the CSV, you get a new preview first."
    ),
    "slack.import.too_long": (
        "Slack forms take up to 3000 characters. Use `mmbot import-agents FILE.csv` for longer lists."
    ),
}
