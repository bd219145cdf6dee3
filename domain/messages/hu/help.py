"""Texts of `help`: the overview, and each command's usage, details and examples.

Command words, option keys and type= values stay as in English (SPEC §3); the texts
explain them in Hungarian, with Hungarian names in the examples.
"""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "help.title": (
        "*Az mmbot parancsai.* A parancsszavak angolok; a szóközt tartalmazó neveket tegye "
        "idézőjelbe."
    ),
    "help.overview_row": "• `{verb}` — {summary}",
    "help.footer": ("Egy parancs részletei és példái: `help <parancs>`, például `help create`."),
    "help.unknown_topic": "Nincs `{topic}` parancs.{hint} Íme az áttekintés.",
    "help.topic": "*{verb}* — {summary}",
    "help.type_row": "  {type} ({type:@type_name}): {ranges}",
    "help.range": "{channel:@channel_word} {allowed}",
    # One line each: the syntax of a command. Syntax errors show them too.
    "help.usage.help": "help [parancs]",
    "help.usage.list": "list [active|inactive|all]",
    "help.usage.show": "show <profil>",
    "help.usage.create": (
        "create\n"
        "create <profil> type=<típus> [voice=N] [chat=N] [email=N] [social=N] "
        '[description="…"] [channels=voice,chat,email,social]'
    ),
    "help.usage.edit": (
        "edit <profil>\n"
        "edit <profil> [name=…] [type=…] [voice=N] [chat=N] [email=N] [social=N] "
        '[description="…"] [channels=…]'
    ),
    "help.usage.activate": "activate <profil>",
    "help.usage.deactivate": "deactivate <profil>",
    "help.usage.delete": "delete <profil>",
    "help.usage.assign": "assign <profil> site|team|agent <név>",
    "help.usage.unassign": "unassign team|agent <név>",
    "help.usage.effective": "effective <ügynök>",
    "help.usage.usage": "usage <profil>",
    "help.usage.history": "history <profil>",
    "help.usage.report": "report",
    "help.usage.site": "site add <név> [profile=<profil>]\nsite list\nsite remove <név>",
    "help.usage.team": (
        "team add <név> site=<webhely> [kind=agent|capacity]\n"
        "team list [site=<webhely>]\n"
        "team remove <név>"
    ),
    "help.usage.agent": (
        "agent add <név> team=<csapat>[,<csapat>…] [email=<cím>] [slack=@felhasználó]\n"
        "agent list [team=<csapat>]\n"
        "agent remove <név>\n"
        "agent teams <név> team=<csapat>[,<csapat>…]"
    ),
    "help.usage.settings": (
        "settings\n"
        "settings [multimedia=on|off] [report_channel=#csatorna|none] "
        '[report_schedule="<cron>"] [timezone=<IANA-időzóna>] '
        "[audit_channel=#csatorna|none] [all_clear=on|off] [language=en|hu]"
    ),
    "help.usage.import": "import",
    "help.summary.help": "ez az áttekintés, vagy egy parancs részletei",
    "help.summary.list": "a profilok listája (ha mást nem kér, az aktívaké)",
    "help.summary.show": "egy profil megjelenítése",
    "help.summary.create": "profil létrehozása (paraméterek nélkül: megnyitja az űrlapot)",
    "help.summary.edit": "profil módosítása (paraméterek nélkül: megnyitja a kitöltött űrlapot)",
    "help.summary.activate": "inaktív profil újra hozzárendelhetővé tétele",
    "help.summary.deactivate": "profil kivonása a használatból (nem lehet hozzárendelve)",
    "help.summary.delete": "inaktív profil törlése",
    "help.summary.assign": "profil hozzárendelése webhelyhez, csapathoz vagy ügynökhöz",
    "help.summary.unassign": "a csapat vagy ügynök újra örökölje a profilját",
    "help.summary.effective": "az ügynök tényleges profilja csapatonként, és hogy honnan kapja",
    "help.summary.usage": "mihez van hozzárendelve a profil, és hány ügynökre vonatkozik",
    "help.summary.history": "a profil összes módosítása",
    "help.summary.report": "az inaktív és a hozzá nem rendelt profilok jelentése, most",
    "help.summary.site": "webhelyek felvétele, listázása vagy eltávolítása",
    "help.summary.team": "csapatok felvétele, listázása vagy eltávolítása",
    "help.summary.agent": "ügynökök felvétele, listázása, eltávolítása vagy csapataik módosítása",
    "help.summary.settings": "a munkaterület beállításainak megjelenítése vagy módosítása",
    "help.summary.import": "ügynökök felvétele egyszerre, beillesztett CSV-ből",
    "help.detail.help": "Példa: `help create`",
    "help.detail.list": (
        "Az active az aktív, az inactive az inaktív, az all az összes profilt listázza.\n"
        "Példák: `list`, `list inactive`, `list all`"
    ),
    "help.detail.show": 'Példa: `show "Csevego Nappal"`',
    "help.detail.create": (
        "Argumentumok nélkül megnyitja az űrlapot. A típusok (type=), és hogy az ügynök "
        "csatornánként hány kapcsolatot kezelhet egyszerre:\n{types}\n"
        "A kihagyott darabszámok a típus legkisebb értékével indulnak. A Kizáró (exclusive) "
        "profil egyszerre egy kapcsolatot kezel: csatornatípusait a channels= adja meg "
        "(voice: hang, chat: csevegés, email: e-mail, social: közösségi csatorna). A "
        "profilnév csak ASCII betűket, számjegyeket, szóközt, - és _ jelet tartalmazhat.\n"
        "Példák:\n"
        '  `create "Csevego Nappal" type=blended voice=1 chat=3 description="Nappali muszak"`\n'
        "  `create Valos_Ideju type=blended_realtime voice=1 chat=2`\n"
        "  `create Csak_Email type=exclusive channels=email`"
    ),
    "help.detail.edit": (
        "Beállítások nélkül megnyitja a kitöltött űrlapot. A kihagyott beállítások nem "
        'változnak; a name= átnevezi a profilt, a description="" törli a leírását.\n'
        "Példák:\n"
        '  `edit "Csevego Nappal" chat=4`\n'
        '  `edit "Csevego Nappal" name="Csevego Egesz Nap" description=""`'
    ),
    "help.detail.activate": 'Példa: `activate "Csevego Nappal"`',
    "help.detail.deactivate": (
        "Nem lehetséges, amíg a profil webhelyhez, csapathoz vagy ügynökhöz van rendelve.\n"
        'Példa: `deactivate "Csevego Nappal"`'
    ),
    "help.detail.delete": (
        'Csak inaktív profil törölhető; a Slack megerősítést kér.\nPélda: `delete "Csevego Nappal"`'
    ),
    "help.detail.assign": (
        "A profilnak aktívnak, a multimédiának bekapcsoltnak kell lennie; kapacitásalapú "
        "csapatnak soha nincs profilja. A site webhelyet, a team csapatot, az agent ügynököt "
        "jelent.\n"
        "Példák:\n"
        '  `assign "Csevego Nappal" site Győr`\n'
        '  `assign "Csevego Nappal" team "Ügyfélszolgálat"`\n'
        '  `assign "Csevego Nappal" agent "Kovács Éva"`'
    ),
    "help.detail.unassign": (
        "A csapat vagy az ügynök ismét örökli a profilját. Egy webhelynek mindig van "
        "profilja: helyette rendeljen hozzá másikat.\n"
        'Példa: `unassign agent "Kovács Éva"`'
    ),
    "help.detail.effective": 'Példa: `effective "Kovács Éva"`',
    "help.detail.usage": 'Példa: `usage "Csevego Nappal"`',
    "help.detail.history": 'Példa: `history "Csevego Nappal"`',
    "help.detail.report": "A jelentést csak Önnek küldi el.",
    "help.detail.site": (
        "Az új webhely a Default_Telephony_Profile profilt kapja, hacsak nem ad meg másikat "
        "(profile=). Csapattal rendelkező webhely nem távolítható el.\n"
        "Példák:\n"
        "  `site add Győr`\n"
        '  `site add Debrecen profile="Csevego Nappal"`\n'
        "  `site remove Győr`"
    ),
    "help.detail.team": (
        "A csapat ügynökalapú, hacsak nem adja meg: kind=capacity (kapacitásalapú). "
        "Ügynökökkel rendelkező csapat nem távolítható el.\n"
        "Példák:\n"
        "  `team add Ügyfélszolgálat site=Győr`\n"
        "  `team list site=Győr`"
    ),
    "help.detail.agent": (
        "A csapatokat vesszővel válassza el. A szóközt tartalmazó neveket tegye idézőjelbe, "
        'egyenként vagy a teljes listát: a team="A csapat","B csapat" és a '
        'team="A csapat,B csapat" ugyanazt jelenti (csapatnévben nincs vessző). Az '
        "`agent teams` lecseréli az ügynök csapatait.\n"
        "Példák:\n"
        '  `agent add "Kovács Éva" team=Ügyfélszolgálat,Értékesítés email=eva@example.com '
        "slack=@eva`\n"
        '  `agent teams "Kovács Éva" team="Ügyfélszolgálat,Értékesítés"`'
    ),
    "help.detail.settings": (
        "Paraméterek nélkül megjeleníti a beállításokat (a Slackben a beállítások űrlapját is megnyitja). "
        "A multimedia= a multimédiát, a report_channel= és a report_schedule= a jelentés "
        "csatornáját és ütemezését, a timezone= az időzónát, az audit_channel= a "
        "változásértesítések csatornáját, az all_clear= a „Minden rendben” üzenetet, a language= a csatornaüzenetek (jelentés, "
        "változásértesítések) és a saját nyelvet nem választó olvasók nyelvét állítja. "
        "Az on/off helyett true/false és yes/no is megadható; a none érték törli a csatornát.\n"
        "Példák:\n"
        "  `settings multimedia=on`\n"
        '  `settings report_channel=#cc-adminok report_schedule="0 9 * * 1-5" '
        "timezone=Europe/Budapest`\n"
        "  `settings audit_channel=none all_clear=off`\n"
        "  `settings language=hu`"
    ),
    "help.detail.import": "A Slackben űrlapot nyit meg, ahová CSV-ként illesztheti be az ügynököket.",
    "help.usage.language": "language [en|hu]",
    "help.summary.language": "az mmbot válaszainak nyelve Önnek (Slack)",
    "help.detail.language": (
        "Paraméter nélkül megmondja, milyen nyelven olvassa az mmbotot, és miért. A választás csak "
        "Önre vonatkozik: a csatornaüzenetek a `settings language=…` beállítást követik. "
        "Választás nélkül az mmbot a Slack nyelvét követi, ha beszéli.\n"
        "Példák: `language hu`, `language en`, `language`"
    ),
}
