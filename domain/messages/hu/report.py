"""Texts of the scheduled report, its Slack message, `mmbot report` and change notices."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "report.title": "Multimédiás profilok jelentése",
    "report.context": "Munkaterület: {workspace} · {when}",
    "report.fallback": (
        "Multimédiás profilok jelentése – munkaterület: {workspace}: {inactive} inaktív, "
        "{unassigned} hozzá nem rendelt profil."
    ),
    "report.unassigned_line": "• {name}",
    "report.summary_off": (
        "Profilok: {active} aktív, {inactive} inaktív. A multimédia ki van kapcsolva, ezért "
        "minden ügynök ({agents}) a(z) „{default}” profilt kapja."
    ),
    "report.summary_more": "{shown} … és még {count} profil",
    # mmbot report
    "report.cli_no_channel": (
        "A(z) {workspace} munkaterületnek nincs jelentéscsatornája. Így állíthat be egyet: "
        'mmbot cmd "settings report_channel=#csatorna" (vagy a --print kapcsolóval itt '
        "láthatja a jelentést)."
    ),
    "report.cli_no_token": (
        "A SLACK_BOT_TOKEN nincs beállítva, ezért a jelentés nem küldhető el. A --print "
        "kapcsolóval itt láthatja."
    ),
    "report.cli_posted": "A jelentés elküldve – munkaterület: {workspace}, csatorna: {channel}.",
    "report.cli_post_failed": "A jelentést nem sikerült elküldeni ide: {channel}. Hiba: {error}",
    # change notices posted by the CLI
    "notice.cli_failed": (
        "A módosítás mentve, de az értesítést nem sikerült elküldeni ide: {channel}. Hiba: {error}"
    ),
    # the CLI's own lines
    "cli.schema_revision": "Az adatbázisséma verziója: {revision}.",
}
