"""A címtár szövegei: munkaterületek a parancssorban, átnevezés, áthelyezés, lapozás, előzmények."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

_NAME_RULE = (
    " A webhelyek, csapatok és ügynökök nevében bármely írás betűi, számjegyek, szóközök és "
    "írásjelek állhatnak, de vezérlő- és láthatatlan karakterek, valamint <, > és | nem."
)


def _char(what: str) -> str:
    return f"A(z) {{kind:@kind}} nevében a(z) {{position}}. helyen {what} áll.{_NAME_RULE}"


MESSAGES: dict[str, Template] = {
    "name.empty": "A(z) {kind:@kind} neve nem lehet üres.",
    "name.too_long": (
        "A(z) {kind:@kind} neve {length} karakter hosszú; legfeljebb {maximum} megengedett."
    ),
    "name.char.tab": _char("tabulátor"),
    "name.char.line_break": _char("sortörés"),
    "name.char.zero_width_space": _char("nulla szélességű szóköz"),
    "name.char.zero_width_non_joiner": _char("nulla szélességű nem-összekötő"),
    "name.char.zero_width_joiner": _char("nulla szélességű összekötő"),
    "name.char.word_joiner": _char("láthatatlan szóösszekötő"),
    "name.char.zero_width_no_break_space": _char(
        "nulla szélességű nem törő szóköz (bájtsorrend-jel)"
    ),
    "name.char.soft_hyphen": _char("láthatatlan feltételes elválasztójel"),
    "name.char.less_than": _char("kisebb jel ('<'), amelyet a Slack jelölésnek olvasna"),
    "name.char.greater_than": _char("nagyobb jel ('>'), amelyet a Slack jelölésnek olvasna"),
    "name.char.vertical_bar": _char("függőleges vonal ('|'), amelyet a Slack jelölésnek olvasna"),
    "name.char.bidi": _char(
        "kétirányú szöveget vezérlő karakter ({code}), amely megváltoztatja a szöveg "
        "megjelenítési sorrendjét"
    ),
    "name.char.control": _char("vezérlőkarakter ({code})"),
    "name.char.format": _char("láthatatlan formázókarakter ({code})"),
    "name.char.unassigned": _char("se nem betű, se nem számjegy, se nem írásjel ({code})"),
    "help.usage.replace": "replace <profil> with <profil>",
    "help.summary.replace": "minden webhely, csapat és ügynök átállítása egyik profilról a másikra",
    "help.detail.replace": (
        "Minden webhely, csapat és ügynök, amelynek az első profil a sajátja, egyetlen "
        "változtatással megkapja a másodikat; utána az első inaktiválható.\n"
        'Példa: `replace "Chat Heavy" with "Chat Light"`'
    ),
    "cli.no_such_workspace": (
        "Nincs „{workspace}” nevű munkaterület. Ismert munkaterületek: {names}. Szándékosan "
        "így hozhat létre egyet: `mmbot workspace add <id>`."
    ),
    "cli.no_such_workspace_none": (
        "Nincs „{workspace}” nevű munkaterület; ebben az adatbázisban még egy sincs (az "
        "alapértelmezett: „local”). Szándékosan így hozhat létre egyet: "
        "`mmbot workspace add <id>`."
    ),
    "cli.bad_workspace_id": (
        "Ez nem munkaterület-azonosító: „{workspace}”. Betűket, számjegyeket, „.”, „-” és „_” "
        "jelet használjon (legfeljebb 64-et), például a Slack T01234567 alakú csapatazonosítóját."
    ),
    "cli.workspace_added": (
        "A(z) „{workspace}” munkaterület létrejött a Default_Telephony_Profile profillal."
    ),
    "cli.workspace_exists": "A(z) „{workspace}” munkaterület már létezik; semmi sem változott.",
    "cli.workspace_list": Plural(
        by="count", one="{count} munkaterület:", other="{count} munkaterület:"
    ),
    "cli.workspace_none": (
        "Ebben az adatbázisban még nincs munkaterület. Így hozhat létre egyet: "
        "`mmbot workspace add <id>`."
    ),
    "page.position": "{number}. oldal / {pages} ({first}–{last}, összesen {total}).",
    "page.next": "Következő oldal: `{command}`",
    "page.previous": "Előző oldal: `{command}`",
    "page.out_of_range": Plural(
        by="pages",
        one="Nincs {number}. oldal: ez a válasz {pages} oldalas. Kérje a page=1 oldalt.",
        other=(
            "Nincs {number}. oldal: ez a válasz {pages} oldalas. Kérjen egy oldalt page=1 és "
            "page={pages} között."
        ),
    ),
    "grammar.bad_page": "{option}={value}: az oldal 1-től induló egész szám.",
    "grammar.missing_keyword": (
        "A(z) `{verb}` parancsban itt a(z) `{keyword}` szó kell, például: {verb} X {keyword} Y."
    ),
    "grammar.expected_keyword": (
        "A(z) `{verb}` parancsban itt a(z) `{keyword}` szó kell, nem ez: {word}."
    ),
    "grammar.what.new_name": "az új név",
    "grammar.what.replacement_name": "a helyette használt profil",
    "slack.page_next": "Következő",
    "slack.page_previous": "Előző",
    "list.filter_type": "Típus: {type}",
    "list.filter_name": "A név tartalmazza: „{name}”",
    "col.reached_agent": "Érintett ügynökök",
    "usage.more_direct": (
        " és még {count} (a `site list`, a `team list` és az `agent list profile=…` mindet "
        "megmutatja)"
    ),
    "agent.none_matching": "Egy ügynök sem felel meg; az `agent list` minden ügynököt megmutat.",
    "history.deleted": (
        "Ezt a profilt, webhelyet, csapatot vagy ügynököt törölték; a változásai megmaradnak."
    ),
    "history.object_headline": (
        "A(z) „{name}” {kind:@kind} változásai, a legújabb elöl ({count}):"
    ),
    "history.object_empty": "A(z) „{name}” {kind:@kind} nem rögzített változást.",
    "history.settings_headline": (
        "A munkaterület beállításainak változásai, a legújabb elöl ({count}):"
    ),
    "history.settings_empty": "A munkaterület beállításainak nincs rögzített változása.",
    "rename.done": "A(z) „{old}” {kind:@kind} új neve: „{new}”.",
    "rename.unchanged": "A(z) {kind:@kind} neve már „{name}”; semmi sem változott.",
    "move.done": (
        "A(z) „{team}” csapat áthelyezve a(z) „{old}” webhelyről a(z) „{site}” webhelyre; "
        "saját profil nélküli ügynökei (és a csapat, ha nincs saját profilja) mostantól a(z) "
        "„{site}” webhely profilját kapják."
    ),
    "move.unchanged": "A(z) „{team}” csapat már a(z) „{site}” webhelyen van; semmi sem változott.",
    "agent.edit_done": "A(z) „{name}” ügynök mentve.",
    "agent.edit_renamed": "A(z) „{old}” ügynök új neve: „{name}”.",
    "agent.edit_unchanged": ("A(z) „{name}” ügynöknek már ezek az értékei; semmi sem változott."),
    "agent.edit_email": "E-mail-cím: {email}",
    "agent.edit_slack": "Slack-felhasználó: {slack}",
    "replace.done": (
        "A(z) „{old}” profil helyére „{new}” került. Módosított webhelyek: {sites}; "
        "csapatok: {teams}; ügynökök: {agents}."
    ),
    "replace.next": (
        'Most már semmi sem hivatkozik erre: „{old}”. A `deactivate "{old}"` inaktiválja.'
    ),
    "replace.nothing": (
        "Egy webhelynek, csapatnak vagy ügynöknek sem ez a profilja: „{old}”; semmi sem változott."
    ),
    "replace.same_profile": (
        "A(z) „{profile}” profil önmagával való cseréje semmit sem változtatna."
    ),
    "notice.rename": "{actor} átnevezte a(z) „{old}” {kind:@kind} nevét erre: „{new}”",
    "notice.team_move": (
        "{actor} áthelyezte a(z) „{team}” csapatot a(z) „{old}” webhelyről a(z) „{site}” webhelyre"
    ),
    "notice.agent_edit": "{actor} szerkesztette a(z) „{name}” ügynököt",
    "notice.replace": Plural(
        by="count",
        one=(
            "{actor} lecserélte a(z) „{old}” profilt erre: „{new}”, {count} webhelyen, "
            "csapatnál vagy ügynöknél"
        ),
        other=(
            "{actor} lecserélte a(z) „{old}” profilt erre: „{new}”, összesen {count} "
            "webhelyen, csapatnál és ügynöknél"
        ),
    ),
    "report.more_inactive": (
        "… és még {count}: mind megtalálható ennek az üzenetnek a szálában, a `list inactive` "
        "pedig oldalanként mutatja őket."
    ),
    "report.more_unassigned": (
        "… és még {count}: mind megtalálható ennek az üzenetnek a szálában, a `list unassigned` "
        "pedig oldalanként mutatja őket."
    ),
    "report.thread_inactive": "Inaktív profilok, mind a(z) {count} ({part}/{parts}. rész)",
    "report.thread_unassigned": (
        "Hozzárendeletlen aktív profilok, mind a(z) {count} ({part}/{parts}. rész)"
    ),
    "report.cut_inactive": "… és még {count}: a `list inactive` oldalanként mutatja őket.",
    "report.cut_unassigned": "… és még {count}: a `list unassigned` oldalanként mutatja őket.",
    "show.exclusive_channels": (
        "Egyszerre egy kapcsolat, ezekből a csatornatípusokból: {channels}"
    ),
    "slack.offer.edit": "Szerkesztés",
    "slack.offer.activate": "Aktiválás",
    "slack.offer.deactivate": "Inaktiválás",
    "slack.offer.usage": "Használat",
    "slack.offer.delete": "Törlés",
    "home.row_actions": "Műveletek",
    "home.more_paged": ("… és még {count}: a `/mmprofile list {state}` oldalanként mutatja őket."),
    "form.settings.channel_by_name": (
        "Most egy parancs ezt állította be: {channel}. Cseréjéhez válasszon itt csatornát, "
        "megtartásához hagyja üresen."
    ),
    "form.profile.active": "Állapot",
    "form.profile.active_option": "Aktív",
    "form.profile.inactive_option": "Inaktív",
    "form.profile.active_hint": (
        "Inaktív profil nem rendelhető hozzá; hozzárendelt profil nem tehető inaktívvá."
    ),
    "home.exclusive_summary": "egyszerre egy: {channels}",
    "error.no_workspace": (
        "Ez a kérés nem nevez meg Slack-munkaterületet, ezért semmi sem történt. Küldje el "
        "újra a munkaterületen belülről."
    ),
}
