"""A munkaterületek és telepítések szövegei: saját adminisztrátorok, tokenek, a workspace parancs."""

from __future__ import annotations

from domain.messages.formatting import Template

MESSAGES: dict[str, Template] = {
    "settings.bad_slack_id": (
        "{field}: a(z) „{value}” érték nem Slack-azonosító. Az azonosítót adja meg, amely ezek "
        "egyikével kezdődik: {prefixes} (a Slack a profil vagy a csoport menüjében, az "
        "„Azonosító másolása” pontnál mutatja)."
    ),
    "settings.invalid.SLACK_CLIENT_ID": (
        "A SLACK_CLIENT_ID értéke nem megfelelő: az alkalmazás ügyfélazonosítóját adja meg "
        "(számjegyek és egy pont)."
    ),
    "settings.invalid.SLACK_CLIENT_SECRET": (
        "A SLACK_CLIENT_SECRET értéke nem megfelelő: az alkalmazás ügyfélkulcsát adja meg."
    ),
    "settings.invalid.SLACK_REDIRECT_URI": (
        "A SLACK_REDIRECT_URI={value} érték nem megfelelő: a /slack/oauth_redirect https-címét "
        "adja meg."
    ),
    "slack.no_workspace": "Ez a kérés nem nevez meg munkaterületet, ezért az mmbot nem tud rá válaszolni.",
    "slack.not_installed": (
        "Az mmbot már nincs telepítve ebben a munkaterületben, ezért semmi sem történt. "
        "Kérje meg a Slack egyik adminisztrátorát, hogy telepítse újra."
    ),
    "workspace.added": "Létrejött a munkaterület: {workspace}.",
    "workspace.admins_none": "nincs",
    "workspace.admins_saved": (
        "A(z) {workspace} munkaterület adminisztrátorai: felhasználók: {users}; csoport: {group}."
    ),
    "workspace.confirm_delete": (
        "Ez törli a(z) {workspace} munkaterület minden profilját, webhelyét, csapatát, "
        "ügynökét, jelentését és naplóbejegyzését, valamint Slack-tokenjeit. A megerősítéshez "
        "írja be a munkaterület azonosítóját: "
    ),
    "workspace.delete_not_confirmed": (
        "Nincs megerősítés; a(z) {workspace} munkaterület változatlan maradt."
    ),
    "workspace.deleted": "A(z) {workspace} munkaterület és minden adata törölve.",
    "workspace.exists": "A(z) {workspace} munkaterület már létezik; semmi sem változott.",
    "workspace.installed": "telepítve",
    "workspace.listed": "{workspace}\t{installed}",
    "workspace.no_token": (
        "A(z) {workspace} munkaterületnek nincs Slack-tokenje: telepítse ott az mmbotot a "
        "/slack/install címen, vagy egyetlen munkaterülethez állítsa be a SLACK_BOT_TOKEN "
        "változót."
    ),
    "workspace.none": "Még nincs munkaterület.",
    "workspace.not_installed": "nincs telepítve",
    "workspace.unknown": "Nincs {workspace} nevű munkaterület. Ismert munkaterületek: {known}.",
}
