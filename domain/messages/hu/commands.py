"""Texts of command answers."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "error.form_only": (
        "A(z) `{verb}` parancs értékek nélkül a Slackben űrlapot nyit meg. Itt adja meg az "
        "értékeket a parancsban (lásd: `help {verb}`)."
    ),
    "reply.and_more": "… és még {count}",
    # columns
    "col.name": "Név",
    "col.type": "Típus",
    "col.voice": "Hang",
    "col.chat": "Csevegés",
    "col.email": "E-mail",
    "col.social": "Közösségi",
    "col.state": "Állapot",
    "col.site": "Webhely",
    "col.team": "Csapat",
    "col.teams": "Csapatok",
    "col.kind": "Fajta",
    "col.agent": "Ügynök",
    "col.profile": "Profil",
    "col.own_profile": "Saját profil",
    "col.slack": "Slack",
    "col.source": "Forrás",
    "col.when": "Időpont (UTC)",
    "col.who": "Ki",
    "col.action": "Művelet",
    "col.object": "Objektum",
    "col.before": "Előtte",
    "col.after": "Utána",
    # profiles
    "profile.state.active": "aktív",
    "profile.state.inactive": "inaktív",
    "profile.state.system": "rendszer",
    "list.empty": "Nincs {state:@profile.state} profil.",
    "list.headline": "{count} {state:@profile.state} profil:",
    "list.headline_all": "{count} profil, aktív és inaktív:",
    "show.headline": "Profil: „{name}”",
    "show.type": "Típus: {type:@type_name}",
    "show.counts": "Hang {voice} · Csevegés {chat} · E-mail {email} · Közösségi csatorna {social}",
    "show.state": "Állapot: {state}",
    "show.description": "Leírás: {description}",
    "show.created": "Létrehozva: {at} UTC, létrehozta: {by}",
    "show.updated": "Utolsó módosítás: {at} UTC, módosította: {by} (verzió: {version})",
    "create.done": (
        "Létrejött a(z) „{name}” profil, típusa {type:@type_name} ({summary}). A profil aktív."
    ),
    "edit.done": "Mentve: „{name}” profil, típusa {type:@type_name}, {summary}.",
    "edit.unchanged": "A(z) „{name}” profilnak már ezek az értékei; nem változott semmi.",
    "activate.done": "A(z) „{name}” profil újra aktív, és hozzárendelhető.",
    "activate.already": "A(z) „{name}” profil már aktív.",
    "deactivate.done": (
        'A(z) „{name}” profil mostantól inaktív. Így törölhető: `delete "{name}"`.'
    ),
    "deactivate.already": "A(z) „{name}” profil már inaktív.",
    "delete.done": "A(z) „{name}” profil törölve.",
    # assignments
    "assign.done.site": (
        "A(z) „{target}” webhely mostantól a(z) „{profile}” profilt használja; saját profil "
        "nélküli csapatai és ügynökei követik."
    ),
    "assign.done.team": (
        "A(z) „{target}” csapat mostantól a(z) „{profile}” profilt használja; saját profil "
        "nélküli ügynökei követik."
    ),
    "assign.unchanged": (
        "A(z) „{target}” {kind:@kind} már a(z) „{profile}” profilt használja; nem változott semmi."
    ),
    "assign.done.agent": "A(z) „{target}” ügynök saját profilja mostantól: „{profile}”.",
    "unassign.done.team": (
        "A(z) „{target}” csapatnak nincs többé saját profilja; a(z) „{site}” webhelytől örököl."
    ),
    "unassign.done.agent": (
        "A(z) „{target}” ügynöknek nincs többé saját profilja; a csapataitól örököl."
    ),
    # org
    "site.added": "Új webhely: „{name}”, profilja: „{profile}”.",
    "site.none": "Még nincs webhely. Így vehet fel egyet: `site add <név>`.",
    "site.list": "{count} webhely:",
    "site.removed": "A(z) „{name}” webhely eltávolítva.",
    "team.added": "Új {kind:@team_kind} csapat: „{name}”, webhelye: „{site}”.",
    "team.none": "Még nincs csapat. Így vehet fel egyet: `team add <név> site=<webhely>`.",
    "team.list": "{count} csapat:",
    "team.inherits": "(örökölt, webhely: {site})",
    "team.removed": "A(z) „{name}” csapat eltávolítva.",
    "agent.added": "Új ügynök: „{name}”, csapatai: {teams}.",
    "agent.none": "Még nincs ügynök. Így vehet fel egyet: `agent add <név> team=<csapat>`.",
    "agent.list": "{count} ügynök:",
    "agent.inherits": "(örökölt)",
    "agent.removed": "A(z) „{name}” ügynök eltávolítva.",
    "agent.teams_set": "A(z) „{name}” ügynök csapatai mostantól: {teams}.",
    # queries
    "source.own": "saját",
    "source.team": "örökölt, csapat: {name}",
    "source.site": "örökölt, webhely: {name}",
    "source.multimedia_off": "a multimédia ki van kapcsolva",
    "effective.headline": "A(z) „{agent}” ügynök profiljai csapatonként ({count} csapat):",
    "effective.multimedia_off": (
        "Ebben a munkaterületen a multimédia ki van kapcsolva, ezért minden ügynök a "
        "Default_Telephony_Profile profilt kapja."
    ),
    "usage.headline": (
        "A(z) „{profile}” profilt {direct} webhely, csapat vagy ügynök használja közvetlenül, "
        "és összesen {reached} ügynökre vonatkozik."
    ),
    "usage.sites": "Webhelyek ({count}): {names}{more}",
    "usage.teams": "Csapatok ({count}): {names}{more}",
    "usage.agents": "Saját profilként használó ügynökök ({count}): {names}{more}",
    "history.empty": "A(z) „{profile}” profilnak nincs rögzített módosítása.",
    "history.headline": "A(z) „{profile}” profil módosításai, a legújabb elöl ({count}):",
    # report
    "report.headline": "Multimédiás profilok jelentése – munkaterület: {workspace}",
    "report.inactive_heading": "Inaktív profilok ({count}), törlésre javasolt:",
    "report.inactive_line": "• {name}: {since} óta inaktív, inaktiválta: {by}",
    "report.unassigned_heading": (
        "Hozzá nem rendelt aktív profilok ({count}), inaktiválásra javasolt:"
    ),
    "report.all_clear": "Minden rendben: nincs inaktív és nincs hozzá nem rendelt profil.",
    "report.summary": (
        "Profilok: {active} aktív, {inactive} inaktív. Ügynökök tényleges profilonként: {agents}."
    ),
    # settings
    "settings.headline": "A munkaterület beállításai ({workspace}):",
    "settings.on": "bekapcsolva",
    "settings.off": "kikapcsolva",
    "settings.unset": "nincs megadva",
    "settings.multimedia": "Multimédia: {value}",
    "settings.report_channel": "Jelentés csatornája: {value}",
    "settings.report_schedule": "Jelentés ütemezése: {value} ({timezone})",
    "settings.all_clear": "„Minden rendben” üzenet, ha nincs mit jelenteni: {value}",
    "settings.audit_channel": "Változásértesítések csatornája: {value}",
    "settings.saved": "Beállítások mentve.",
    "settings.unchanged": "A beállításoknak már ezek voltak az értékei; nem változott semmi.",
    # change notices for the audit channel
    "notice.create": "{actor} létrehozta a(z) „{name}” profilt",
    "notice.edit": "{actor} szerkesztette a(z) „{name}” profilt",
    "notice.activate": "{actor} aktiválta a(z) „{name}” profilt",
    "notice.deactivate": "{actor} inaktiválta a(z) „{name}” profilt",
    "notice.delete": "{actor} törölte a(z) „{name}” profilt",
    "notice.assign": (
        "{actor} hozzárendelte a(z) „{profile}” profilt a(z) „{target}” {kind:@hu.noun_to}"
    ),
    "notice.unassign": "{actor} eltávolította a(z) „{target}” {kind:@kind} saját profilját",
    "notice.site_add": "{actor} hozzáadta a(z) „{name}” webhelyet",
    "notice.site_remove": "{actor} eltávolította a(z) „{name}” webhelyet",
    "notice.team_add": "{actor} hozzáadta a(z) „{name}” csapatot a(z) „{site}” webhelyhez",
    "notice.team_remove": "{actor} eltávolította a(z) „{name}” csapatot",
    "notice.agent_add": "{actor} hozzáadta a(z) „{name}” ügynököt",
    "notice.agent_remove": "{actor} eltávolította a(z) „{name}” ügynököt",
    "notice.agent_teams": "{actor} módosította a(z) „{name}” ügynök csapatait",
    "notice.settings": "{actor} módosította a munkaterület beállításait",
    "settings.language": (
        "A csatornaüzenetek (jelentés, változásértesítések) nyelve: {value:@language.name}"
    ),
    # the caller's own language
    "language.own": (
        "Az mmbot az Ön választása szerint ezen a nyelven válaszol: {language:@language.name}. "
        "Módosítás: `language en` vagy `language hu`."
    ),
    "language.none": (
        "Ön még nem választott nyelvet, ezért az mmbot a Slack nyelvét követi, ha beszéli, "
        "különben a munkaterületét: {language:@language.name}. Választás: `language en` vagy "
        "`language hu`."
    ),
    "language.saved": "Az mmbot mostantól {language:@hu.language_adverb} válaszol Önnek.",
    "language.not_in_slack": (
        "A `language` egy Slack-felhasználó saját nyelvét állítja be. Itt a --lang en|hu "
        "kapcsolót vagy az MMBOT_LANG változót használja; a csatornaüzenetek nyelvét a "
        "`settings language=en|hu` adja meg."
    ),
}
