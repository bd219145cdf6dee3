"""Texts of command syntax errors: what was not understood and what is allowed instead."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "grammar.usage": "Usage:\n{usage}",
    "grammar.control_character": (
        "The invisible control character {character} at character {at} is not allowed in a "
        "command; type the command again without it."
    ),
    "grammar.unterminated_quote": (
        "The quote at character {at} is never closed: {rest}. Close it with another "
        'double quote; write \\" for a quote inside a name.'
    ),
    "grammar.unknown_command": "`{word}` is not a command.{hint} Type `help` to see every command.",
    "grammar.unknown_subcommand": (
        "`{verb} {word}` is not a command.{hint} `{verb}` can: {allowed}."
    ),
    "grammar.missing_subcommand": "`{verb}` needs one of: {allowed}.",
    "grammar.missing_word": "Missing {what} for `{verb}`.",
    "grammar.extra_word": (
        "Unexpected word {word} after `{verb}`. Names with spaces go in double quotes, "
        'for example "Chat Heavy".'
    ),
    "grammar.bad_word": "{word} is not allowed here: `{verb}` takes {what}, one of {allowed}.",
    "grammar.unknown_option": "Unknown option {option}= for `{verb}`; allowed: {allowed}.",
    "grammar.no_options": "`{verb}` takes no options, so {option}= is not understood.",
    "grammar.duplicate_option": "{option}= is given more than once; give each option once.",
    "grammar.missing_option": "`{verb}` needs {option}=, for example {example}.",
    "grammar.empty_value": "{option}= needs a value.",
    "grammar.not_a_count": "{option}={value}: {option} must be a whole number.",
    "grammar.count_too_large": "{option}={value}: {option} is far too large.",
    "grammar.bad_choice": "{option}={value}: {option} must be one of {allowed}.",
    "grammar.empty_list_item": (
        "{option}={value} has an empty item; separate the names with single commas."
    ),
    "grammar.duplicate_list_item": "{option}={value} names {item} more than once.",
    "grammar.bad_slack_user": (
        "slack={value}: write the Slack user as a mention (slack=@jane), a user id such as "
        "U012ABC, or @name of letters, digits, . _ - and ' (at most {maximum} characters)."
    ),
    "grammar.bad_slack_channel": (
        "{option}={value}: write a channel such as #general or its id such as C0123ABC, "
        "or none to clear it."
    ),
    # What a missing or wrong word should have been, for grammar.missing_word and bad_word.
    "grammar.what.profile_name": "the profile name",
    "grammar.what.site_name": "the site name",
    "grammar.what.team_name": "the team name",
    "grammar.what.agent_name": "the agent name",
    "grammar.what.state": "the state",
    "grammar.what.target_kind": "the kind of target",
    "grammar.unassign_site": (
        "A site always has a profile, so it cannot be unassigned. Assign it another profile "
        "instead, for example `assign Default_Telephony_Profile site {site}`."
    ),
    "grammar.what.language": "the language",
}
