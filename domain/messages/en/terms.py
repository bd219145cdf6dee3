"""Words the renderer and other texts look up by value: kinds, types, states, quotes, ranges.

A template says `{kind:@kind}` to show the word for the value of `kind` in its own
language; see domain.messages.formatting.
"""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "type_name.blended": "Blended",
    "type_name.blended_realtime": "Blended realtime",
    "type_name.exclusive": "Exclusive",
    "team_kind.agent": "agent-based",
    "team_kind.capacity": "capacity-based",
    "channel_word.voice": "voice",
    "channel_word.chat": "chat",
    "channel_word.email": "email",
    "channel_word.social": "social",
    "field_name.name": "name",
    "field_name.description": "description",
    "field_name.site_name": "site name",
    "field_name.team_name": "team name",
    "field_name.agent_name": "agent name",
    "field_name.report_channel": "report channel",
    "field_name.audit_channel": "change notices channel",
    "cron_field.minute": "minute",
    "cron_field.hour": "hour",
    "cron_field.day": "day",
    "cron_field.month": "month",
    "cron_field.weekday": "weekday",
    "profile.state.all": "all",
    "profile.state.unassigned": "unassigned",
    # English only: the article goes with the type word.
    "en.a_type.blended": "a blended",
    "en.a_type.blended_realtime": "a blended_realtime",
    "en.a_type.exclusive": "an exclusive",
    "language.name.en": "English",
    "language.name.hu": "Hungarian (magyar)",
}
