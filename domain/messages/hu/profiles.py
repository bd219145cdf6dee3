"""Texts about profile fields and their validation."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "profile.bad_type": "type={value}: ez nem profiltípus. Megengedett: {allowed}.",
    "profile.text_empty": "{field:@hu.the_field} nem lehet üres.",
    "profile.text_too_long": (
        "{field:@hu.the_field} {length} karakter hosszú; legfeljebb {maximum} karakter megengedett."
    ),
    "profile.text_bad_character": (
        "{field:@hu.the_field} nem megengedett karaktert tartalmaz: „{character}” "
        "(a(z) {position}. karakter). Csak ASCII betűk, számjegyek, szóköz, kötőjel (-) és "
        "aláhúzásjel (_) megengedett."
    ),
    "profile.count_out_of_range": (
        "{field}={value}: {type:@type_name} típusú profilnál a megengedett érték: {allowed}."
    ),
    "profile.needs_channel": (
        "{type:@type_name} típusú profilnál legalább egy csatorna értéke legyen 0-nál nagyobb."
    ),
    "profile.exclusive_needs_channel": (
        "A Kizáró profilhoz legalább egy csatornatípust ki kell választani, amelyet az ügynök "
        "kap (hang, csevegés, e-mail vagy közösségi csatorna)."
    ),
    "profile.type_missing": (
        "A profilnak típus kell: blended (Kevert), blended_realtime (Kevert valós idejű) vagy "
        "exclusive (Kizáró) (type=…)."
    ),
    "profile.channels_only_exclusive": (
        "A channels= csak Kizáró (exclusive) profilnál választ csatornatípusokat; "
        "{type:@type_name} típusú profilhoz darabszámokat adjon meg, például voice=1 chat=3."
    ),
    "profile.channels_clash": (
        "A channels= ellentmond ennek: {fields}=…; vagy a channels=, vagy a darabszámok "
        "szerepeljenek."
    ),
}
