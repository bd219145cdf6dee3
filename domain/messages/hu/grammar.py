"""Texts of command syntax errors: what was not understood and what is allowed instead."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "grammar.usage": "Használat:\n{usage}",
    "grammar.control_character": (
        "A parancsban nem lehet láthatatlan vezérlőkarakter: {character} (a(z) {at}. "
        "karakter). Írja be újra a parancsot nélküle."
    ),
    "grammar.unterminated_quote": (
        "A(z) {at}. karakternél kezdődő idézőjel nincs lezárva: {rest}. Zárja le egy másik "
        'idézőjellel; névben lévő idézőjelet így írjon: \\".'
    ),
    "grammar.unknown_command": (
        "A(z) `{word}` nem parancs.{hint} Az összes parancs listája: `help`."
    ),
    "grammar.unknown_subcommand": (
        "A(z) `{verb} {word}` nem parancs.{hint} A(z) `{verb}` lehetőségei: {allowed}."
    ),
    "grammar.missing_subcommand": "A(z) `{verb}` után ezek egyike kell: {allowed}.",
    "grammar.missing_word": "A(z) `{verb}` parancsból hiányzik {what}.",
    "grammar.extra_word": (
        "Váratlan szó a(z) `{verb}` után: {word}. A szóközt tartalmazó neveket tegye "
        'idézőjelbe, például "Chat Heavy".'
    ),
    "grammar.bad_word": (
        "Itt nem állhat {word}: a(z) `{verb}` ezt várja: {what}, ezek egyikét: {allowed}."
    ),
    "grammar.unknown_option": (
        "Ismeretlen beállítás a(z) `{verb}` parancsban: {option}=. Megengedett: {allowed}."
    ),
    "grammar.no_options": (
        "A(z) `{verb}` parancsnak nincsenek beállításai, ezért ez nem értelmezhető: {option}=."
    ),
    "grammar.duplicate_option": "Ez többször szerepel: {option}=. Minden beállítást egyszer adjon meg.",
    "grammar.missing_option": "A(z) `{verb}` parancshoz kell ez is: {option}=, például {example}.",
    "grammar.empty_value": "Ehhez értéket kell megadni: {option}=.",
    "grammar.not_a_count": "{option}={value}: a(z) {option} értéke csak egész szám lehet.",
    "grammar.count_too_large": "{option}={value}: a(z) {option} értéke túl nagy.",
    "grammar.bad_choice": "{option}={value}: a(z) {option} értéke ezek egyike lehet: {allowed}.",
    "grammar.empty_list_item": (
        "{option}={value}: a lista egyik eleme üres; a neveket egy-egy vesszővel válassza el."
    ),
    "grammar.duplicate_list_item": "{option}={value}: ez a név többször szerepel: {item}.",
    "grammar.bad_slack_user": (
        "slack={value}: a Slack-felhasználót említésként (slack=@eva), felhasználói "
        "azonosítóként (például U012ABC) vagy @névként adja meg, betűkkel, számjegyekkel és "
        "a . _ - ' jelekkel (legfeljebb {maximum} karakter)."
    ),
    "grammar.bad_slack_channel": (
        "{option}={value}: adjon meg egy csatornát, például #general, vagy az azonosítóját, "
        "például C0123ABC, vagy none értéket a törléséhez."
    ),
    # What a missing or wrong word should have been, for grammar.missing_word and bad_word.
    "grammar.what.profile_name": "a profil neve",
    "grammar.what.site_name": "a webhely neve",
    "grammar.what.team_name": "a csapat neve",
    "grammar.what.agent_name": "az ügynök neve",
    "grammar.what.state": "az állapot",
    "grammar.what.target_kind": "a hozzárendelés célja",
    "grammar.unassign_site": (
        "Egy webhelynek mindig van profilja, ezért a hozzárendelése nem szüntethető meg. "
        "Rendeljen hozzá helyette másik profilt, például: "
        "`assign Default_Telephony_Profile site {site}`."
    ),
    "grammar.what.language": "a nyelv",
}
