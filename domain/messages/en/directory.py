"""Texts of the directory: workspaces in the CLI, renames and moves, pages, history."""

MESSAGES = {
    "cli.several_workspaces": (
        "This database holds several workspaces: {workspaces}. Choose one with --workspace."
    ),
    "cli.no_such_workspace": (
        'There is no workspace "{workspace}". Known workspaces: {workspaces}. '
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
    "cli.workspace_list": "{count} workspace(s):",
    "cli.workspace_none": (
        "This database has no workspace yet. Create one with `mmbot workspace add <id>`."
    ),
}
