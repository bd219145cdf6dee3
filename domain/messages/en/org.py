"""Texts about sites, teams, agents and settings."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "org.bad_email": (
        "'{value}' is not an email address. Write it as name@example.com: letters, digits "
        "and . _ + - before the @, a domain such as example.com after it, and no spaces, angle brackets or vertical bars."
    ),
    "settings.bad_channel": (
        "The {field:@field_name} is not a channel: it holds {character}. Pick a channel "
        "from the list, or type #name with letters, digits, - and _ only."
    ),
    "settings.channel_too_long": (
        "The {field:@field_name} is not a channel: it is {length} characters long, at most "
        "{maximum} are allowed. Pick a channel from the list."
    ),
    "settings.bad_timezone": "'{value}' is not a time zone. Use an IANA name such as Europe/Budapest or UTC.",
    "settings.bad_cron_field": (
        "'{value}' is not a schedule: the {field:@cron_field} field '{part}' must be *, */N, N, "
        "N-M, N-M/N or a comma list of these, with N from {low} to {high}."
    ),
    "settings.bad_cron_named_field": (
        "'{value}' is not a schedule: the {field:@cron_field} field '{part}' must be *, */N, N, "
        "N-M, N-M/N or a comma list of these, with N from {low} to {high} or {first}–{last}."
    ),
    "settings.bad_cron": (
        "'{value}' is not a schedule. Use five cron fields: minute hour day month weekday, "
        'for example "0 9 * * 1-5" for 09:00 on weekdays.'
    ),
    "settings.bad_language": "'{value}' is not a language mmbot speaks. Allowed: {allowed:or}.",
}

_NAME_RULE = (
    " Names of sites, teams and agents may use letters of any script, digits, spaces and punctuation, "
    "but no control or invisible characters and none of <, > and |."
)

MESSAGES |= {
    "name.empty": "The {kind} name must not be empty.",
    "name.too_long": "The {kind} name is {length} characters long; at most {maximum} are allowed.",
    "name.char.tab": "The {kind} name contains a tab at position {position}." + _NAME_RULE,
    "name.char.line_break": (
        "The {kind} name contains a line break at position {position}." + _NAME_RULE
    ),
    "name.char.zero_width_space": (
        "The {kind} name contains a zero-width space at position {position}." + _NAME_RULE
    ),
    "name.char.zero_width_non_joiner": (
        "The {kind} name contains a zero-width non-joiner at position {position}." + _NAME_RULE
    ),
    "name.char.zero_width_joiner": (
        "The {kind} name contains a zero-width joiner at position {position}." + _NAME_RULE
    ),
    "name.char.word_joiner": (
        "The {kind} name contains an invisible word joiner at position {position}." + _NAME_RULE
    ),
    "name.char.zero_width_no_break_space": (
        "The {kind} name contains a zero-width no-break space (byte order mark) at position "
        "{position}." + _NAME_RULE
    ),
    "name.char.soft_hyphen": (
        "The {kind} name contains an invisible soft hyphen at position {position}." + _NAME_RULE
    ),
    "name.char.less_than": (
        "The {kind} name contains a less-than sign '<' at position {position}; Slack would "
        "read it as markup." + _NAME_RULE
    ),
    "name.char.greater_than": (
        "The {kind} name contains a greater-than sign '>' at position {position}; Slack would "
        "read it as markup." + _NAME_RULE
    ),
    "name.char.vertical_bar": (
        "The {kind} name contains a vertical bar '|' at position {position}; Slack would "
        "read it as markup." + _NAME_RULE
    ),
    "name.char.bidi": (
        "The {kind} name contains a bidirectional text control character ({code}) at position "
        "{position}; it changes the order in which text is shown." + _NAME_RULE
    ),
    "name.char.control": (
        "The {kind} name contains a control character ({code}) at position {position}." + _NAME_RULE
    ),
    "name.char.format": (
        "The {kind} name contains an invisible formatting character ({code}) at position "
        "{position}." + _NAME_RULE
    ),
    "name.char.unassigned": (
        "The {kind} name contains a character that is not a letter, digit or punctuation "
        "({code}) at position {position}." + _NAME_RULE
    ),
}
