"""Texts of the Slack app: forms, App Home, and its own answers."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    # messages
    "slack.blocks_cut": (
        "… további {count} rész nem látható. Szűkítse a kérdést, vagy használja a parancssort."
    ),
    "slack.unknown_command": "{problem}\n\n{help}",
    "slack.unexpected": (
        "Valami hiba történt (hivatkozási szám: {reference}); semmi sem változott. Adja meg ezt "
        "a hivatkozási számot az mmbot üzemeltetőjének: a naplóban megtalálja."
    ),
    "slack.opening_form": "Az űrlap megnyitása…",
    "slack.form_unavailable": (
        "A(z) `{verb}` parancsnak ebben a verzióban nincs űrlapja; adja meg az értékeket a "
        "parancsban (lásd: `help {verb}`)."
    ),
    "slack.already_done": "Ezt az űrlapot már elküldték; másodszor nem változott semmi.",
    "slack.delete_gone": "A(z) „{profile}” profil már nem létezik; semmi sem lett törölve.",
    # forms: common
    "form.close": "Mégse",
    "form.done_title": "Kész",
    "form.done_close": "Bezárás",
    "form.not_done_title": "Nem sikerült",
    # profile form
    "form.profile.create_title": "Új profil",
    "form.profile.edit_title": "Profil szerkesztése",
    "form.profile.create_submit": "Létrehozás",
    "form.profile.edit_submit": "Mentés",
    "form.profile.name": "Név",
    "form.profile.name_hint": (
        "1–80 karakter: ASCII betűk, számjegyek, szóköz, - és _. A munkaterületen egyedi."
    ),
    "form.profile.description": "Leírás",
    "form.profile.description_hint": (
        "Nem kötelező, legfeljebb 255 karakter, ugyanazokkal a karakterekkel, mint a név."
    ),
    "form.profile.type": "Típus",
    "form.profile.type_hint": "A típus módosítása megváltoztatja az alábbi csatornamezőket.",
    "form.profile.type.blended": "Kevert: egyszerre több kapcsolat különböző csatornákon",
    "form.profile.type.blended_realtime": "Kevert valós idejű: hang és csevegés mindig együtt",
    "form.profile.type.exclusive": "Kizáró: egyszerre egy kapcsolat",
    "form.profile.count": "{channel}: egyidejű kapcsolatok száma",
    "form.profile.count_hint": "{type:@type_name} típusú profilnál: {allowed}.",
    "form.profile.channels": "Az ügynök által kapott csatornatípusok",
    "form.profile.channels_hint": (
        "A Kizáró profil egyszerre egy kapcsolatot kezel; válasszon legalább egy típust."
    ),
    "form.profile.not_a_number": "{field}: egész számot adjon meg, például 0, 1 vagy 3.",
    "form.profile.editing": "Szerkesztés: „{name}” (verzió: {version}).",
    "channel.voice": "Hang",
    "channel.chat": "Csevegés",
    "channel.email": "E-mail",
    "channel.social": "Közösségi csatorna",
    # assign form
    "form.assign.title": "Profil hozzárendelése",
    "form.assign.submit": "Hozzárendelés",
    "form.assign.profile": "Profil",
    "form.assign.profile_hint": "Csak aktív profil rendelhető hozzá.",
    "form.assign.kind": "Hozzárendelés célja",
    "form.assign.target": "Melyik",
    "form.assign.target_hint": "Kereséshez írja be a név néhány betűjét.",
    "form.assign.kind.site": "Webhely",
    "form.assign.kind.team": "Csapat",
    "form.assign.kind.agent": "Ügynök",
    "form.assign.pick": "Válasszon: {what}.",
    "form.assign.pick.profile": "profil",
    "form.assign.pick.site": "webhely",
    "form.assign.pick.team": "csapat",
    "form.assign.pick.agent": "ügynök",
    "form.assign.target_option": "{name} ({kind})",
    "form.assign.multimedia_off": (
        "A multimédia ki van kapcsolva, ezért profil még nem rendelhető hozzá. Előbb kapcsolja "
        "be a beállításokban."
    ),
    # settings form
    "form.settings.title": "Beállítások",
    "form.settings.submit": "Mentés",
    "form.settings.multimedia": "Multimédia",
    "form.settings.multimedia_hint": (
        "Amíg ki van kapcsolva, minden ügynök a Default_Telephony_Profile profilt kapja."
    ),
    "form.settings.on": "Be",
    "form.settings.off": "Ki",
    "form.settings.report_channel": "Jelentés csatornája",
    "form.settings.schedule": "Jelentés ütemezése (cron)",
    "form.settings.schedule_hint": (
        "Öt mező: perc óra nap hónap a hét napja. A 0 9 * * * minden nap 09:00-t jelent."
    ),
    "form.settings.timezone": "Időzóna",
    "form.settings.timezone_hint": "IANA-időzóna, például UTC vagy Europe/Budapest.",
    "form.settings.audit_channel": "Változásértesítések csatornája",
    "form.settings.all_clear": "Jelentés",
    "form.settings.all_clear_option": "„Minden rendben” üzenet küldése, ha nincs mit jelenteni",
    "form.settings.unchanged": "A beállításoknak már ezek az értékei; nem változott semmi.",
    # delete confirmation
    "form.delete.title": "Profil törlése",
    "form.delete.submit": "Törlés",
    "form.delete.question": ("Véglegesen törli a(z) „{profile}” profilt? Ez nem vonható vissza."),
    # App Home
    "home.title": "Multimédiás profilok",
    "home.counts": "*{active}* aktív · *{inactive}* inaktív · összesen *{total}*",
    "home.multimedia": "A multimédia ebben a munkaterületen *{value}*.",
    "home.active_heading": "Aktív profilok",
    "home.inactive_heading": "Inaktív profilok",
    "home.none": "Nincs.",
    "home.more": "… és még {count}: használja ezt: `/mmprofile list all`.",
    "home.report_heading": "Legutóbbi jelentés",
    "home.report_findings": "Átnézendő profilok: {inactive} inaktív, {unassigned} hozzá nem rendelt.",
    "home.report_posted": "Elküldve: {when}, csatorna: <#{channel}>.",
    "home.create": "Profil létrehozása",
    "home.report": "Jelentés futtatása",
    "home.report_sent": "A jelentést közvetlen üzenetben elküldtük Önnek.",
    "form.settings.language": "Csatornaüzenetek nyelve",
    "form.settings.language_hint": (
        "A jelentés és a változásértesítések nyelve; azoknak a tagoknak is ez, akik nem "
        "választottak saját nyelvet."
    ),
    # Issue 10: a form answered within Slack's time, whatever the speed of Slack or the store.
    "form.saving_title": "Mentés…",
    "form.saving_text": (
        "Az mmbot még menti a változást. Ez az ablak megmutatja az eredményt, amint elkészül."
    ),
    "form.busy": (
        "Az mmbot most túlterhelt, és semmi sem változott. Kérem, próbálja újra egy pillanat múlva."
    ),
}
