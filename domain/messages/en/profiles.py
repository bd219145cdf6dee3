"""Texts about profile fields and their validation."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "profile.bad_type": "type={value} is not a profile type. Allowed: {allowed}.",
    "profile.text_empty": "The {field:@field_name} must not be empty.",
    "profile.text_too_long": "The {field:@field_name} is {length} characters long; at most {maximum} are allowed.",
    "profile.text_bad_character": (
        "The {field:@field_name} contains '{character}' (character {position}); only ASCII letters, digits, "
        "space, '-' and '_' are allowed."
    ),
    "profile.count_out_of_range": "{field}={value} is out of range for {type:@en.a_type} profile: {allowed}.",
    "profile.needs_channel": "A {type} profile needs at least one channel above 0.",
    "profile.exclusive_needs_channel": (
        "An exclusive profile needs at least one channel type the agent receives "
        "(voice, chat, email or social)."
    ),
}

MESSAGES |= {
    "profile.type_missing": "A profile needs a type: blended, blended_realtime or exclusive (type=…).",
    "profile.channels_only_exclusive": (
        "channels= picks channel types for exclusive profiles only; a {type} profile takes "
        "counts such as voice=1 chat=3."
    ),
    "profile.channels_clash": "channels= disagrees with {fields}=…; give either channels= or the counts.",
}
