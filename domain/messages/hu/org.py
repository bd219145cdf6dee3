"""Texts about sites, teams, agents and settings."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "org.bad_email": (
        "Ez nem e-mail-cím: „{value}”. A várt forma nev@example.com: a @ előtt betűk, "
        "számjegyek és . _ + - jelek, utána egy tartomány, például example.com; szóköz, "
        "kacsacsőr és függőleges vonal nélkül."
    ),
    "settings.bad_channel": (
        "{field:@hu.the_field} nem csatorna: ezt tartalmazza: {character}. Válasszon "
        "csatornát a listából, vagy írjon #nevet csak betűkkel, számjegyekkel, - és _ jellel."
    ),
    "settings.channel_too_long": (
        "{field:@hu.the_field} nem csatorna: {length} karakter hosszú, legfeljebb {maximum} "
        "lehet. Válasszon csatornát a listából."
    ),
    "settings.bad_timezone": (
        "Ez nem időzóna: „{value}”. Adjon meg IANA-nevet, például Europe/Budapest vagy UTC."
    ),
    "settings.bad_cron_field": (
        "Ez nem ütemezés: „{value}”. A(z) {field:@cron_field} mező („{part}”) értéke lehet *, "
        "*/N, N, N-M, N-M/N vagy ezek vesszővel elválasztott listája, ahol N {low} és {high} "
        "közötti szám."
    ),
    "settings.bad_cron_named_field": (
        "Ez nem ütemezés: „{value}”. A(z) {field:@cron_field} mező („{part}”) értéke lehet *, "
        "*/N, N, N-M, N-M/N vagy ezek vesszővel elválasztott listája, ahol N {low} és {high} "
        "közötti szám, vagy {first}–{last}."
    ),
    "settings.bad_cron": (
        "Ez nem ütemezés: „{value}”. Öt cron-mezőt adjon meg: perc óra nap hónap a hét napja, "
        'például "0 9 * * 1-5" hétköznap 09:00-kor.'
    ),
    "settings.bad_language": (
        "Ezen a nyelven az mmbot nem beszél: „{value}”. Megengedett: {allowed:or}."
    ),
}
