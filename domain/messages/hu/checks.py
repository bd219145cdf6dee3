"""Címeket, Slack-azonosítókat és túl hosszú értékeket elutasító szövegek."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "org.email_too_long": (
        "Az e-mail-cím {length} karakter hosszú; legfeljebb {maximum} karakter lehet."
    ),
    "org.bad_slack_user": (
        "Ez nem Slack-felhasználó: „{value}”. Adjon meg említést (@eva), felhasználói "
        "azonosítót (például U012ABC) vagy @nevet betűkből, számjegyekből és a . _ - ' "
        "jelekből (legfeljebb {maximum} karakter)."
    ),
    "settings.schedule_too_long": (
        "Az ütemezés {length} karakter hosszú; legfeljebb {maximum} karakter lehet. "
        "Hosszú felsorolás helyett használjon tartományt, például „0 9 * * 1-5”."
    ),
    "settings.not_a_channel": (
        "{field:@hu.the_field} („{value}”) nem csatorna. Válasszon a listából, vagy írjon "
        "#nevet vagy csatornaazonosítót, például C0123ABC."
    ),
    "actor.bad_name": (
        "A --as „{value}” nem rögzíthető a változtatás szerzőjeként: legfeljebb {maximum} "
        "karaktert adjon meg, sortörés, tabulátor és más vezérlőkarakter nélkül."
    ),
}
