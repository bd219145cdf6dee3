"""Texts of command answers."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "error.form_only": (
        "`{verb}` without values opens a form in Slack. Here, give the values inline "
        "(see `help {verb}`)."
    ),
    "reply.and_more": "… and {count} more",
    # columns
    "col.name": "Name",
    "col.type": "Type",
    "col.voice": "Voice",
    "col.chat": "Chat",
    "col.email": "Email",
    "col.social": "Social",
    "col.state": "State",
    "col.site": "Site",
    "col.team": "Team",
    "col.teams": "Teams",
    "col.kind": "Kind",
    "col.agent": "Agent",
    "col.profile": "Profile",
    "col.own_profile": "Own profile",
    "col.slack": "Slack",
    "col.source": "Source",
    "col.when": "When (UTC)",
    "col.who": "Who",
    "col.action": "Action",
    "col.object": "Object",
    "col.before": "Before",
    "col.after": "After",
    # profiles
    "profile.state.active": "active",
    "profile.state.inactive": "inactive",
    "profile.state.system": "system",
    "list.empty": "There are no {state} profiles.",
    "list.headline": Plural(
        by="count", one="{count} {state} profile:", other="{count} {state} profiles:"
    ),
    "list.headline_all": Plural(
        by="count",
        one="{count} profile, active and inactive:",
        other="{count} profiles, active and inactive:",
    ),
    "show.headline": 'Profile "{name}"',
    "show.type": "Type: {type}",
    "show.counts": "Voice {voice} · Chat {chat} · Email {email} · Social {social}",
    "show.state": "State: {state}",
    "show.description": "Description: {description}",
    "show.created": "Created {at} UTC by {by}",
    "show.updated": "Last changed {at} UTC by {by} (version {version})",
    "create.done": 'Created {type} profile "{name}" ({summary}). It is active.',
    "edit.done": 'Saved profile "{name}": {type}, {summary}.',
    "edit.unchanged": 'Profile "{name}" already has these values; nothing changed.',
    "activate.done": 'Profile "{name}" is active again and can be assigned.',
    "activate.already": 'Profile "{name}" is already active.',
    "deactivate.done": 'Profile "{name}" is now inactive. It can be deleted with `delete "{name}"`.',
    "deactivate.already": 'Profile "{name}" is already inactive.',
    "delete.done": 'Deleted profile "{name}".',
    # assignments
    "assign.done.site": 'Site "{target}" now uses "{profile}"; its teams and agents without their own profile follow.',
    "assign.done.team": 'Team "{target}" now uses "{profile}"; its agents without their own profile follow.',
    "assign.unchanged": 'The {kind} "{target}" already has "{profile}"; nothing changed.',
    "assign.done.agent": 'Agent "{target}" now has its own profile "{profile}".',
    "unassign.done.team": 'Team "{target}" has no profile of its own now; it inherits from site "{site}".',
    "unassign.done.agent": 'Agent "{target}" has no profile of its own now; it inherits from its teams.',
    # org
    "site.added": 'Added site "{name}" with profile "{profile}".',
    "site.none": "There are no sites yet. Add one with `site add <name>`.",
    "site.list": Plural(by="count", one="{count} site:", other="{count} sites:"),
    "site.removed": 'Removed site "{name}".',
    "team.added": 'Added {kind}-based team "{name}" to site "{site}".',
    "team.none": "There are no teams yet. Add one with `team add <name> site=<site>`.",
    "team.list": Plural(by="count", one="{count} team:", other="{count} teams:"),
    "team.inherits": "(from site {site})",
    "team.removed": 'Removed team "{name}".',
    "agent.added": 'Added agent "{name}" to {teams}.',
    "agent.none": "There are no agents yet. Add one with `agent add <name> team=<team>`.",
    "agent.list": Plural(by="count", one="{count} agent:", other="{count} agents:"),
    "agent.inherits": "(inherits)",
    "agent.removed": 'Removed agent "{name}".',
    "agent.teams_set": 'Agent "{name}" is now in {teams}.',
    # queries
    "source.own": "own",
    "source.team": "from team {name}",
    "source.site": "from site {name}",
    "source.multimedia_off": "multimedia is off",
    "effective.headline": Plural(
        by="count",
        one='"{agent}" gets this profile ({count} team):',
        other='"{agent}" gets these profiles ({count} teams):',
    ),
    "effective.multimedia_off": (
        "Multimedia is off for this workspace, so every agent gets Default_Telephony_Profile."
    ),
    "usage.headline": Plural(
        by="direct",
        one=Plural(
            by="reached",
            one='Profile "{profile}" is named by {direct} site, team or agent and reaches {reached} agent.',
            other='Profile "{profile}" is named by {direct} site, team or agent and reaches {reached} agents.',
        ),
        other=Plural(
            by="reached",
            one='Profile "{profile}" is named by {direct} sites, teams or agents and reaches {reached} agent.',
            other='Profile "{profile}" is named by {direct} sites, teams or agents and reaches {reached} agents.',
        ),
    ),
    "usage.sites": "Sites ({count}): {names}{more}",
    "usage.teams": "Teams ({count}): {names}{more}",
    "usage.agents": "Agents with it as their own profile ({count}): {names}{more}",
    "history.empty": 'No changes are recorded for "{profile}".',
    "history.headline": 'Changes to "{profile}", newest first ({count}):',
    # report
    "report.headline": "Multimedia profile report for {workspace}",
    "report.inactive_heading": "Inactive profiles ({count}), candidates for deletion:",
    "report.inactive_line": "• {name}: inactive since {since}, by {by}",
    "report.unassigned_heading": "Unassigned active profiles ({count}), candidates for deactivation:",
    "report.all_clear": "All clear: no inactive and no unassigned profiles.",
    "report.summary": "Profiles: {active} active, {inactive} inactive. Agents per effective profile: {agents}.",
    # settings
    "settings.headline": "Settings of workspace {workspace}:",
    "settings.on": "on",
    "settings.off": "off",
    "settings.unset": "not set",
    "settings.multimedia": "Multimedia: {value}",
    "settings.report_channel": "Report channel: {value}",
    "settings.report_schedule": "Report schedule: {value} ({timezone})",
    "settings.all_clear": "All-clear message when there is nothing to report: {value}",
    "settings.audit_channel": "Change notices channel: {value}",
    "settings.saved": "Settings saved.",
    "settings.unchanged": "The settings already had these values; nothing changed.",
    # change notices for the audit channel
    "notice.create": '{actor} created profile "{name}"',
    "notice.edit": '{actor} edited profile "{name}"',
    "notice.activate": '{actor} activated profile "{name}"',
    "notice.deactivate": '{actor} deactivated profile "{name}"',
    "notice.delete": '{actor} deleted profile "{name}"',
    "notice.assign": '{actor} assigned "{profile}" to {kind} "{target}"',
    "notice.unassign": '{actor} removed the own profile of {kind} "{target}"',
    "notice.site_add": '{actor} added site "{name}"',
    "notice.site_remove": '{actor} removed site "{name}"',
    "notice.team_add": '{actor} added team "{name}" to site "{site}"',
    "notice.team_remove": '{actor} removed team "{name}"',
    "notice.agent_add": '{actor} added agent "{name}"',
    "notice.agent_remove": '{actor} removed agent "{name}"',
    "notice.agent_teams": '{actor} changed the teams of agent "{name}"',
    "notice.settings": "{actor} changed the workspace settings",
    "settings.language": "Language of channel posts (report, change notices): {value:@language.name}",
    # the caller's own language
    "language.own": (
        "You read mmbot in {language:@language.name}, as you chose. Change it with "
        "`language en` or `language hu`."
    ),
    "language.none": (
        "You have not chosen a language, so mmbot follows your Slack language when it speaks "
        "it, else this workspace's: {language:@language.name}. Choose with `language en` or "
        "`language hu`."
    ),
    "language.saved": "From now on mmbot answers you in {language:@language.name}.",
    "language.not_in_slack": (
        "`language` sets the language of one Slack user. Here, use --lang en|hu or MMBOT_LANG; "
        "channel posts follow `settings language=en|hu`."
    ),
}
