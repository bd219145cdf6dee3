"""Texts of the refusals in domain.errors."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "error.refused": "That was refused.",
    "error.validation": "Please correct these values:\n{details}",
    "error.not_found": 'There is no {kind} named "{name}".{hint}',
    "error.did_you_mean": " Did you mean {names}?",
    "error.and_more": " and {count} more",
    "error.duplicate_name": 'A {kind} named "{existing}" already exists; {kind} names are unique regardless of case.',
    "error.profile_in_use": Plural(
        by="total",
        one='Profile "{profile}" is still assigned to {total} site, team or agent: '
        "{references}{more}. Assign it another profile first.",
        other='Profile "{profile}" is still assigned to {total} sites, teams or agents: '
        "{references}{more}. Assign them another profile first.",
    ),
    "error.profile_still_active": (
        'Profile "{profile}" is active. Only an inactive profile can be deleted: '
        'run `deactivate "{profile}"` first.'
    ),
    "error.profile_inactive": (
        'Profile "{profile}" is inactive and cannot be assigned. Run `activate "{profile}"` first.'
    ),
    "error.system_profile_locked": (
        '"{profile}" is the system default profile: it cannot be {action}. '
        "You can still assign it or assign another profile instead."
    ),
    "error.multimedia_disabled": (
        "Multimedia is off for this workspace, so every agent gets Default_Telephony_Profile "
        "and profiles cannot be assigned. An administrator can turn it on with "
        "`settings multimedia=on`."
    ),
    "error.capacity_team": (
        'Team "{team}" is capacity-based: such teams never have a profile of their own. '
        "Assign the profile to its site or to its agents instead."
    ),
    "error.site_has_teams": Plural(
        by="count",
        one='Site "{site}" still has {count} team. Remove or move it first.',
        other='Site "{site}" still has {count} teams. Remove or move them first.',
    ),
    "error.team_has_agents": Plural(
        by="count",
        one='Team "{team}" still has {count} agent. Move it to other teams or remove it first.',
        other='Team "{team}" still has {count} agents. Move them to other teams or remove them first.',
    ),
    "error.stale_version": (
        'Profile "{profile}" was changed by {by} after you opened it, so your change was not saved. '
        "Open it again to see the current values and apply your change there."
    ),
    "error.not_administrator": (
        "Only mmbot administrators can run `{action}`. Workspace admins and owners, and the users and "
        "user group named in the bot's configuration, are administrators."
    ),
    "reference.label": '{kind} "{name}"',
    "error.store_busy": (
        "The database is busy right now and nothing was changed. Please try again in a moment."
    ),
    # The store's own failures: unreachable, and a change whose saving was not confirmed.
    "error.store_unreachable": "mmbot cannot reach its database right now; please try again later.",
    "error.commit_outcome_unknown": (
        "mmbot could not confirm whether the change was saved: the connection to its database "
        "was lost while the change was being stored. {hint}"
    ),
    "error.commit_outcome_unknown.check": "Check with `{command}` before you try again.",
    "error.commit_outcome_unknown.general": (
        "Check with `show <name>`, or `history site|team|agent <name>`, before you try again."
    ),
}
