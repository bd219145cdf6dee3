"""Texts of `help`: the overview, and each command's usage, details and examples."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "help.title": "*mmbot commands.* Names with spaces go in double quotes.",
    "help.overview_row": "• `{verb}` — {summary}",
    "help.footer": "Type `help <command>` for its details and examples, for example `help create`.",
    "help.unknown_topic": "There is no command `{topic}`.{hint} Here is the overview.",
    "help.topic": "*{verb}* — {summary}",
    "help.type_row": "  {type}: {ranges}",
    "help.range": "{channel} {allowed}",
    # One line each: the syntax of a command. Syntax errors show them too.
    "help.usage.help": "help [command]",
    "help.usage.list": "list [active|inactive|all|unassigned] [type=<type>] [name=<text>] [page=N]",
    "help.usage.show": "show <profile>",
    "help.usage.create": (
        "create\n"
        "create <profile> type=<type> [voice=N] [chat=N] [email=N] [social=N] "
        '[description="…"] [channels=voice,chat,email,social]'
    ),
    "help.usage.edit": (
        "edit <profile>\n"
        "edit <profile> [name=…] [type=…] [voice=N] [chat=N] [email=N] [social=N] "
        '[description="…"] [channels=…]'
    ),
    "help.usage.activate": "activate <profile>",
    "help.usage.deactivate": "deactivate <profile>",
    "help.usage.delete": "delete <profile>",
    "help.usage.assign": "assign <profile> site|team|agent <name>",
    "help.usage.unassign": "unassign team|agent <name>",
    "help.usage.effective": "effective <agent>",
    "help.usage.usage": "usage <profile> [page=N]",
    "help.usage.replace": "replace <profile> with <profile>",
    "help.usage.history": (
        "history <profile> [page=N]\n"
        "history site|team|agent <name> [page=N]\n"
        "history settings [page=N]"
    ),
    "help.usage.report": "report",
    "help.usage.site": (
        "site add <name> [profile=<profile>]\nsite list [page=N]\nsite remove <name>\n"
        "site rename <name> to <new name>"
    ),
    "help.usage.team": (
        "team add <name> site=<site> [kind=agent|capacity]\n"
        "team list [site=<site>] [page=N]\n"
        "team remove <name>\n"
        "team rename <name> to <new name>\n"
        "team move <name> site=<site>"
    ),
    "help.usage.agent": (
        "agent add <name> team=<team>[,<team>…] [email=<address>] [slack=@user]\n"
        "agent list [team=<team>] [profile=<profile>] [page=N]\n"
        "agent edit <name> [name=<new name>] [email=<address>] [slack=@user]\n"
        "agent remove <name>\n"
        "agent teams <name> team=<team>[,<team>…]"
    ),
    "help.usage.settings": (
        "settings\n"
        "settings [multimedia=on|off] [report_channel=#channel|none] "
        '[report_schedule="<cron>"] [timezone=<IANA zone>] [audit_channel=#channel|none] '
        "[all_clear=on|off] [language=en|hu]"
    ),
    "help.usage.import": "import",
    "help.summary.help": "this overview, or the details of one command",
    "help.summary.list": "list the profiles (active ones unless you say otherwise)",
    "help.summary.show": "show one profile",
    "help.summary.create": "create a profile (alone: opens the form)",
    "help.summary.edit": "change a profile (alone: opens the form, filled in)",
    "help.summary.activate": "make an inactive profile assignable again",
    "help.summary.deactivate": "take a profile out of use (it must not be assigned)",
    "help.summary.delete": "delete an inactive profile",
    "help.summary.assign": "give a profile to a site, team or agent",
    "help.summary.unassign": "let a team or agent inherit its profile again",
    "help.summary.effective": "the profile an agent really gets for each of its teams, and why",
    "help.summary.usage": "what a profile is assigned to and how many agents it reaches",
    "help.summary.history": "every change made to a profile, site, team, agent or the settings",
    "help.summary.replace": "move every site, team and agent from one profile to another",
    "help.summary.report": "the report of inactive and unassigned profiles, now",
    "help.summary.site": "add, list, rename or remove sites",
    "help.summary.team": "add, list, rename, move or remove teams",
    "help.summary.agent": "add, list, edit or remove agents, or change their teams",
    "help.summary.settings": "show or change this workspace's settings",
    "help.summary.import": "paste a CSV of agents to add them at once",
    "help.detail.help": "Example: `help create`",
    "help.detail.list": (
        "Long lists come a page at a time; page=N shows another page.\n"
        "Examples: `list`, `list inactive`, `list unassigned`, `list all type=exclusive name=chat page=2`"
    ),
    "help.detail.show": 'Example: `show "Chat Heavy"`',
    "help.detail.create": (
        "Without arguments it opens the form. Types and the contacts of each channel an "
        "agent may handle at the same time:\n{types}\n"
        "Counts you leave out start at the lowest value of the type. An exclusive profile "
        "handles one contact at a time: pick its channel types with channels=.\n"
        "Examples:\n"
        '  `create "Chat Heavy" type=blended voice=1 chat=3 description="Day shift"`\n'
        "  `create Realtime type=blended_realtime voice=1 chat=2`\n"
        "  `create Mail_Only type=exclusive channels=email`"
    ),
    "help.detail.edit": (
        "Without options it opens the form, filled in. Options you leave out stay as they "
        'are; name= renames the profile and description="" clears its description.\n'
        "Examples:\n"
        '  `edit "Chat Heavy" chat=4`\n'
        '  `edit "Chat Heavy" name="Chat Heavier" description=""`'
    ),
    "help.detail.activate": 'Example: `activate "Chat Heavy"`',
    "help.detail.deactivate": (
        "Refused while the profile is assigned to a site, team or agent.\n"
        'Example: `deactivate "Chat Heavy"`'
    ),
    "help.detail.delete": (
        "Only an inactive profile can be deleted; Slack asks you to confirm.\n"
        'Example: `delete "Chat Heavy"`'
    ),
    "help.detail.assign": (
        "The profile must be active and multimedia must be on; a capacity-based team never "
        "has a profile.\n"
        "Examples:\n"
        '  `assign "Chat Heavy" site Budapest`\n'
        '  `assign "Chat Heavy" team "Team A"`\n'
        '  `assign "Chat Heavy" agent "Jane Doe"`'
    ),
    "help.detail.unassign": (
        "The team or agent inherits its profile again. A site always has a profile: assign it "
        "another one instead.\n"
        'Example: `unassign agent "Jane Doe"`'
    ),
    "help.detail.effective": 'Example: `effective "Jane Doe"`',
    "help.detail.usage": 'Example: `usage "Chat Heavy"`',
    "help.detail.history": (
        "The history of a deleted profile, site, team or agent is kept and shown marked deleted.\n"
        'Examples: `history "Chat Heavy"`, `history site Győr`, `history settings page=2`'
    ),
    "help.detail.replace": (
        "Every site, team and agent that has the first profile gets the second, in one change; "
        "then the first can be deactivated.\n"
        'Example: `replace "Chat Heavy" with "Chat Light"`'
    ),
    "help.detail.report": "Sends the report to you only.",
    "help.detail.site": (
        "A new site gets Default_Telephony_Profile unless you name another profile. "
        "A site that still has teams cannot be removed.\n"
        "Examples:\n"
        '  `site add Budapest profile="Chat Heavy"`\n'
        "  `site remove Budapest`"
    ),
    "help.detail.team": (
        "A team is agent-based unless you say kind=capacity. A team that still has agents "
        "cannot be removed.\n"
        "Examples:\n"
        '  `team add "Team A" site=Budapest`\n'
        "  `team list site=Budapest`"
    ),
    "help.detail.agent": (
        "Separate teams with commas. Quote names with spaces, each on its own or the whole "
        'list: team="Team A","Team B" and team="Team A,Team B" mean the same (team names '
        "never contain commas). `agent teams` replaces the agent's teams.\n"
        "Examples:\n"
        '  `agent add "Jane Doe" team="Team A",Support email=jane@example.com slack=@jane`\n'
        '  `agent teams "Jane Doe" team="Team A,Team B"`'
    ),
    "help.detail.settings": (
        "Alone it shows the settings (in Slack it also opens the settings form). "
        "On/off values also accept true/false and yes/no; a channel option set to none "
        "clears it. language= is the language of channel posts (the report, change notices) "
        "and of readers who chose none.\n"
        "Examples:\n"
        "  `settings multimedia=on`\n"
        '  `settings report_channel=#cc-admins report_schedule="0 9 * * 1-5" '
        "timezone=Europe/Budapest`\n"
        "  `settings audit_channel=none all_clear=off`\n"
        "  `settings language=hu`"
    ),
    "help.detail.import": "Opens a form in Slack where you paste agents as CSV.",
    "help.usage.language": "language [en|hu]",
    "help.summary.language": "the language mmbot answers you in (Slack)",
    "help.detail.language": (
        "Alone it says which language you read and why. Your choice is yours only: channel "
        "posts follow `settings language=…`. Without a choice mmbot follows your Slack "
        "language when it speaks it.\n"
        "Examples: `language hu`, `language en`, `language`"
    ),
}
