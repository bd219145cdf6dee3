"""Texts of workspaces and installations: own administrators, tokens, the workspace CLI."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "settings.bad_slack_id": (
        "{field}: '{value}' is not a Slack id. Use the id, starting with one of {prefixes} "
        "(Slack shows it in the profile or group menu under 'Copy ID')."
    ),
    "slack.not_installed": (
        "mmbot is not installed in this workspace any more, so nothing was done. "
        "Ask a Slack administrator to install it again."
    ),
    "slack.no_workspace": "This request names no workspace, so mmbot cannot answer it.",
    "workspace.no_token": (
        "Workspace {workspace} has no Slack token: install mmbot there through /slack/install, "
        "or set SLACK_BOT_TOKEN for a single workspace."
    ),
    "workspace.listed": "{workspace}\t{installed}",
    "workspace.installed": "installed",
    "workspace.not_installed": "not installed",
    "workspace.none": "No workspaces yet.",
    "workspace.added": "Workspace {workspace} created.",
    "workspace.exists": "Workspace {workspace} exists already; nothing was changed.",
    "workspace.unknown": "There is no workspace {workspace}. Known workspaces: {known}.",
    "workspace.confirm_delete": (
        "This deletes every profile, site, team, agent, report and audit record of workspace "
        "{workspace}, and its Slack tokens. Type the workspace id to confirm: "
    ),
    "workspace.delete_not_confirmed": "Not confirmed; workspace {workspace} was left as it is.",
    "workspace.deleted": "Workspace {workspace} and all its data were deleted.",
    "workspace.admins_saved": "Administrators of workspace {workspace}: users {users}; group {group}.",
    "workspace.admins_none": "none",
}
