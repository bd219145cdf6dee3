"""A helyi homokozó (`mmbot serve` Slack-hitelesítő adatok nélkül): a terminál és a Slack sorai."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "sandbox.started_without_credentials": (
        "Nincsenek beállítva Slack-hitelesítő adatok ({missing}), ezért az mmbot serve a helyi "
        "homokozót indítja: nyissa meg ezt: {url}"
    ),
    "sandbox.started": "Az mmbot homokozó fut: nyissa meg ezt: {url}",
    "sandbox.data_new": "új minta-ügyfélszolgálat",
    "sandbox.data_kept": "a legutóbbi futásból megtartva",
    "sandbox.data_reset": "törölve, újrakezdve",
    "sandbox.details": (
        "Semmi sem jut el a Slackig. Adatok: {file} ebben a mappában ({data}; az "
        "`mmbot sandbox --reset` elölről kezdi). Valódi munkaterülethez állítsa be a "
        "SLACK_BOT_TOKEN és a SLACK_SIGNING_SECRET értékét, és futtassa az "
        "`mmbot serve --slack` parancsot ({doc}). A Ctrl-C leállítja."
    ),
    "sandbox.port_busy": (
        "Az mmbot nem tudja elindítani a homokozót ezen a címen: {address} ({reason}). "
        "Állítsa a PORT értékét egy szabad portra."
    ),
    "sandbox.not_a_command": "Ez nem érvényes parancs: {word}. Itt csak ez van telepítve: {command}.",
    "sandbox.command_failed": "Hiba a parancsban ({command}): „{reason}”",
    "sandbox.form_gone": "Ez az űrlap már nincs megnyitva.",
    "sandbox.app_unreachable": "Az alkalmazás nem válaszolt ({status}). Újrapróbálja?",
}
