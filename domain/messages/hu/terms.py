"""Words the renderer and other texts look up by value: kinds, types, states, quotes, ranges.

Keys under `hu.` are Hungarian inflected forms (a suffix belongs to the word, never to a
placeholder), used only by the Hungarian texts.
"""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "hu.noun_to.profile": "profilhoz",
    "hu.noun_to.site": "webhelyhez",
    "hu.noun_to.team": "csapathoz",
    "hu.noun_to.agent": "ügynökhöz",
    "type_name.blended": "Kevert",
    "type_name.blended_realtime": "Kevert valós idejű",
    "type_name.exclusive": "Kizáró",
    "team_kind.agent": "ügynökalapú",
    "team_kind.capacity": "kapacitásalapú",
    "channel_word.voice": "hang",
    "channel_word.chat": "csevegés",
    "channel_word.email": "e-mail",
    "channel_word.social": "közösségi csatorna",
    "field_name.name": "név",
    "field_name.description": "leírás",
    "field_name.site_name": "webhely neve",
    "field_name.team_name": "csapat neve",
    "field_name.agent_name": "ügynök neve",
    "hu.the_field.name": "A név",
    "hu.the_field.description": "A leírás",
    "hu.the_field.site_name": "A webhely neve",
    "hu.the_field.team_name": "A csapat neve",
    "hu.the_field.agent_name": "Az ügynök neve",
    "hu.the_field.report_channel": "A jelentés csatornája",
    "hu.the_field.audit_channel": "A változásértesítések csatornája",
    "field_name.report_channel": "jelentés csatornája",
    "field_name.audit_channel": "változásértesítések csatornája",
    "cron_field.minute": "perc",
    "cron_field.hour": "óra",
    "cron_field.day": "nap",
    "cron_field.month": "hónap",
    "cron_field.weekday": "a hét napja",
    "profile.state.all": "semmilyen",
    "profile.state.unassigned": "hozzá nem rendelt",
    "language.name.en": "angol (English)",
    "language.name.hu": "magyar",
    "hu.language_adverb.en": "angolul",
    "hu.language_adverb.hu": "magyarul",
}
