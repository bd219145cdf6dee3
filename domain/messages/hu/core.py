"""Words and joins that other sentences are built from."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "text.lines": "{lines}",
    "text.value": "{value}",
    "text.list": "{items}",
    "actor.cli": "{name} (parancssor)",
    "actor.slack": "{name}",
    "actor.system": "{name}",
    "kind.profile": "profil",
    "kind.site": "webhely",
    "kind.team": "csapat",
    "kind.agent": "ügynök",
    "kind.settings": "beállítások",
    "range.exactly": "pontosan {value}",
    "range.either": "{low} vagy {high}",
    "range.between": "{low}–{high}",
    "profile.channel_count": "{channel} {count}",
    "home.profile_line": "• *{name}* ({type:@type_name}: {summary})",
    "notice.failed_reason": (
        "A módosítás mentve, de ami utána következett volna, nem történt meg: {reason}"
    ),
    "profile.state.system_of": "{state}, rendszerprofil",
    "reply.done": "Kész.",
    "report.summary_agents": "{name}: {count}",
    "error.quoted_names": "{names:or}",
    "error.quoted": "„{name}”",
    "error.code": "`{word}`",
    "error.system_profile_locked.edit": "nem szerkeszthető és nem nevezhető át",
    "error.system_profile_locked.activate": "nem aktiválható és nem inaktiválható",
    "error.system_profile_locked.deactivate": "nem inaktiválható",
    "error.system_profile_locked.delete": "nem törölhető",
    "error.admin_check_unavailable": (
        "A Slack most nem érhető el, ezért az mmbot nem tudja ellenőrizni, hogy Ön "
        "rendszergazda-e. Semmi sem változott; kérem, próbálja újra egy pillanat múlva."
    ),
    "transfer.where_csv": "CSV",
    "transfer.where_place": "{place}",
    "transfer.bad_csv": "a CSV nem olvasható: {problem}",
    "transfer.refused_headline": (
        "Semmi sem lett importálva: előbb {count} hibát kell kijavítani."
    ),
    # the command line
    "cli.several_workspaces": (
        "Ebben az adatbázisban több munkaterület van: {names}. Válasszon egyet a "
        "--workspace kapcsolóval."
    ),
    "cli.interrupted": "Megszakítva; a be nem fejezett parancs semmit sem változtatott.",
    "cli.unexpected": (
        "Valami hiba történt (hivatkozási szám: {reference}); semmi sem változott. A részletek "
        "a naplóban vannak."
    ),
    "cli.no_such_file": "Nincs ilyen fájl: {path}",
    "cli.not_utf8": "Ez a fájl nem UTF-8 szöveg: {path}",
}
