"""Texts about export, import and CSV agent onboarding."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "transfer.not_an_export": "Ez nem mmbot-exportdokumentum: {reason}.",
    "transfer.too_deep": (
        "Ez nem mmbot-exportdokumentum: sokkal mélyebben egymásba ágyazott, mint bármely export."
    ),
    "transfer.unsupported_version": (
        "Az exportdokumentum verziója {version}; ez az mmbot a(z) {supported} verziót olvassa."
    ),
    "transfer.bad_value": "{problem}.",
    "transfer.refused": (
        "Semmi sem lett importálva: előbb {count} hibát kell kijavítani.\n{details}{more}"
    ),
    "transfer.more_problems": "\n… és még {count}.",
    "transfer.problem": "{where}: {text}",
    "transfer.where_line": "{line}. sor",
    "transfer.where_item": "„{name}” {kind:@kind}",
    "transfer.where_settings": "beállítások",
    "transfer.repeated": (
        "A(z) „{name}” {kind:@kind} ismét szerepel; először itt szerepelt: {first}."
    ),
    "transfer.bad_team_kind": (
        "kind={value}: ez nem csapatfajta. Megengedett: agent (ügynökalapú), "
        "capacity (kapacitásalapú)."
    ),
    "transfer.team_cannot_move": (
        "A(z) „{team}” csapat a(z) „{site}” webhelyhez tartozik; importálással nem helyezhető "
        "át ide: „{wanted}”. Ehhez távolítsa el, majd vegye fel újra a csapatot parancsokkal."
    ),
    "transfer.team_cannot_change_kind": (
        "A(z) „{team}” csapat {kind:@team_kind}; importálással nem tehető {wanted:@team_kind} "
        "csapattá."
    ),
    "transfer.agent_needs_team": "A(z) „{agent}” ügynöknek legalább egy csapat kell.",
    "transfer.bad_slack_user": (
        "Ez nem Slack-felhasználó: „{value}”. Adjon meg felhasználói azonosítót (például "
        "U012ABC), említést vagy @nevet."
    ),
    "transfer.too_many_rows": (
        "A fájlban több mint {limit} ügynöksor van; egyszerre legfeljebb {limit} importálható. Ossza fel "
        "legfeljebb {limit} soros fájlokra."
    ),
    "transfer.bad_header": (
        "Az első sornak meg kell neveznie az oszlopokat: {expected} (a profile, az email és a "
        "slack elhagyható). A sor tartalma: {found}"
    ),
    "transfer.too_many_cells": "{count} cella van ott, ahol a fejléc {expected} oszlopot ad meg.",
    "transfer.summary.applied": "Importálva: {source}.",
    "transfer.summary.dry_run": ("Próbafuttatás ({source}): semmi sem lett kiírva. Ez történne:"),
    "transfer.summary.created": "Létrehozva: {counts}",
    "transfer.summary.changed": "Módosítva: {counts}",
    "transfer.summary.kept": "Változatlan: {counts}",
    "transfer.summary.change": "• „{name}” {kind:@kind}: {fields}",
    "transfer.summary.settings_change": "• beállítások: {fields}",
    "transfer.summary.more_changes": "• … és még {count} módosítás",
    "transfer.count.nothing": "semmi",
    "transfer.count.settings": "beállítások",
    "transfer.count.profile": "{count} profil",
    "transfer.count.site": "{count} webhely",
    "transfer.count.team": "{count} csapat",
    "transfer.count.agent": "{count} ügynök",
    "transfer.progress": "{total} ügynökből {done} kiírva",
    "transfer.exported": "A(z) {workspace} munkaterület exportálva ide: {path}.",
    "slack.import.title": "Ügynökök importálása",
    "slack.import.close": "Mégse",
    "slack.import.intro": (
        "Illesszen be CSV-t fejléccel: *name,email,slack,teams,profile*. Több csapatot "
        "pontosvesszővel (;) válasszon el. Az email, a slack és a profile üres lehet. Amíg "
        "nem erősíti meg, semmi sem lesz kiírva."
    ),
    "slack.import.paste_label": "Ügynökök CSV-formátumban",
    "slack.import.paste_hint": (
        "Itt legfeljebb 3000 karakter; többhöz használja ezt: `mmbot import-agents`."
    ),
    "slack.import.preview_button": "Előnézet",
    "slack.import.apply_button": "Importálás",
    "slack.import.confirm_hint": (
        "Az Importálás gomb pontosan ezt hajtja végre. Ha módosítja a CSV-t, előbb új "
        "előnézetet kap."
    ),
    "slack.import.too_long": (
        "A Slack-űrlapok legfeljebb 3000 karaktert fogadnak. Hosszabb listához használja ezt: "
        "`mmbot import-agents FAJL.csv`."
    ),
}
