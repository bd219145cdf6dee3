"""Texts of the directory: workspaces in the CLI, renames and moves, pages, history."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "cli.no_such_workspace": (
        'There is no workspace "{workspace}". Known workspaces: {names}. '
        "Create one on purpose with `mmbot workspace add <id>`."
    ),
    "cli.no_such_workspace_none": (
        'There is no workspace "{workspace}"; this database has none yet (the default is '
        '"local"). Create one on purpose with `mmbot workspace add <id>`.'
    ),
    "cli.bad_workspace_id": (
        '"{workspace}" is not a workspace id: use letters, digits, ".", "-" and "_" '
        "(at most 64), such as the Slack team id T01234567."
    ),
    "cli.workspace_added": 'Workspace "{workspace}" was created with its Default_Telephony_Profile.',
    "cli.workspace_exists": 'Workspace "{workspace}" already exists; nothing was changed.',
    "cli.workspace_list": Plural(by="count", one="{count} workspace:", other="{count} workspaces:"),
    "cli.workspace_none": (
        "This database has no workspace yet. Create one with `mmbot workspace add <id>`."
    ),
}

MESSAGES |= {
    "page.position": "Page {number} of {pages} ({first}–{last} of {total}).",
    "page.next": "Next page: `{command}`",
    "page.previous": "Previous page: `{command}`",
    "page.out_of_range": Plural(
        by="pages",
        one="There is no page {number}: this answer has {pages} page. Ask for page=1.",
        other="There is no page {number}: this answer has {pages} pages. Ask for page=1 to {pages}.",
    ),
    "grammar.bad_page": "{option}={value}: the page must be a whole number from 1.",
    "grammar.missing_keyword": "`{verb}` needs the word `{keyword}` here, for example {verb} A {keyword} B.",
    "grammar.expected_keyword": "`{verb}` expects the word `{keyword}` here, not {word}.",
    "grammar.what.new_name": "the new name",
    "grammar.what.replacement_name": "the profile that replaces it",
    "slack.page_next": "Next",
    "slack.page_previous": "Previous",
}

MESSAGES |= {
    "list.filter_type": "Type: {type}",
    "list.filter_name": 'Names containing "{name}"',
    "col.reached_agent": "Agents it reaches",
    "usage.more_direct": (
        " and {count} more (`site list`, `team list` and `agent list profile=…` show every one)"
    ),
    "agent.none_matching": "No agent matches; `agent list` shows every agent.",
    "history.deleted": "This profile, site, team or agent has been deleted; its trail is kept.",
    "history.object_headline": 'Changes to {kind} "{name}", newest first ({count}):',
    "history.object_empty": 'No changes are recorded for {kind} "{name}".',
    "history.settings_headline": "Changes to the workspace settings, newest first ({count}):",
    "history.settings_empty": "No changes to the workspace settings are recorded.",
    "rename.done": 'Renamed {kind} "{old}" to "{new}".',
    "rename.unchanged": 'The {kind} is already called "{name}"; nothing changed.',
    "move.done": (
        'Moved team "{team}" from site "{old}" to site "{site}"; its agents without a profile '
        'of their own (and the team, if it has none) now get the profile of "{site}".'
    ),
    "move.unchanged": 'Team "{team}" is already on site "{site}"; nothing changed.',
    "agent.edit_done": 'Saved agent "{name}".',
    "agent.edit_renamed": 'Renamed agent "{old}" to "{name}".',
    "agent.edit_unchanged": 'Agent "{name}" already has these values; nothing changed.',
    "agent.edit_email": "Email: {email}",
    "agent.edit_slack": "Slack user: {slack}",
    "replace.done": (
        'Replaced "{old}" with "{new}". Sites changed: {sites}; teams: {teams}; agents: {agents}.'
    ),
    "replace.next": 'Nothing names "{old}" now: `deactivate "{old}"` retires it.',
    "replace.nothing": 'No site, team or agent has "{old}" as its profile; nothing changed.',
    "replace.same_profile": 'Replacing "{profile}" with itself would change nothing.',
    "notice.rename": '{actor} renamed {kind} "{old}" to "{new}"',
    "notice.team_move": '{actor} moved team "{team}" from site "{old}" to site "{site}"',
    "notice.agent_edit": '{actor} edited agent "{name}"',
    "notice.replace": Plural(
        by="count",
        one='{actor} replaced profile "{old}" with "{new}" on {count} site, team or agent',
        other='{actor} replaced profile "{old}" with "{new}" on {count} sites, teams and agents',
    ),
}

MESSAGES |= {
    "report.more_inactive": (
        "… and {count} more: every one is in the thread of this message, and "
        "`list inactive` pages through them."
    ),
    "report.more_unassigned": (
        "… and {count} more: every one is in the thread of this message, and "
        "`list unassigned` pages through them."
    ),
    "report.thread_inactive": "Inactive profiles, all {count} (part {part} of {parts})",
    "report.thread_unassigned": "Unassigned active profiles, all {count} (part {part} of {parts})",
    "report.cut_inactive": "… and {count} more: `list inactive` pages through them.",
    "report.cut_unassigned": "… and {count} more: `list unassigned` pages through them.",
}

MESSAGES |= {
    "show.exclusive_channels": "One contact at a time, of these channel types: {channels}",
    "slack.offer.edit": "Edit",
    "slack.offer.activate": "Activate",
    "slack.offer.deactivate": "Deactivate",
    "slack.offer.usage": "Usage",
    "slack.offer.delete": "Delete",
    "home.row_actions": "Actions",
    "home.more_paged": (
        "… and {count} more: `/mmprofile list {state}` shows them a page at a time."
    ),
    "form.settings.channel_by_name": (
        "Now set to {channel} by a command. Pick the channel here to replace it, or leave "
        "this empty to keep it."
    ),
    "form.profile.active": "State",
    "form.profile.active_option": "Active",
    "form.profile.inactive_option": "Inactive",
    "form.profile.active_hint": "An inactive profile cannot be assigned; an assigned one cannot be made inactive.",
}

MESSAGES |= {
    "home.exclusive_summary": "one at a time: {channels}",
}

MESSAGES |= {
    "error.no_workspace": (
        "This request names no Slack workspace, so nothing was done. Send it again from "
        "inside the workspace."
    ),
}
