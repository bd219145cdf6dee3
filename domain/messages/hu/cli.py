"""Texts the terminal shows: bad settings and faults of the machine rather than the request."""

from __future__ import annotations

from domain.messages.formatting import Template

_WHOLE = "egész számot adjon meg"

MESSAGES: dict[str, Template] = {
    # one per variable of config.settings.Settings, plus the --log-level option
    "settings.invalid.SLACK_BOT_TOKEN": (
        "A SLACK_BOT_TOKEN értéke nem megengedett: a bot tokenjét adja meg (xoxb-…)."
    ),
    "settings.invalid.SLACK_SIGNING_SECRET": (
        "A SLACK_SIGNING_SECRET értéke nem megengedett: az alkalmazás aláíró titkát adja meg."
    ),
    "settings.invalid.SLACK_APP_TOKEN": (
        "A SLACK_APP_TOKEN értéke nem megengedett: az alkalmazás tokenjét adja meg (xapp-…)."
    ),
    "settings.invalid.SLACK_API_URL": (
        "SLACK_API_URL={value}: nem megengedett; http(s) URL-t adjon meg, például "
        "https://slack.com/api/."
    ),
    "settings.invalid.DATABASE_URL": (
        "A DATABASE_URL nem olyan adatbázis, amelyet az mmbot használni tud: adja meg így: "
        "sqlite:///utvonal/mmbot.db vagy postgresql://felhasznalo@gep/adatbazis."
    ),
    "settings.invalid.MMBOT_ADMIN_USERS": (
        "A MMBOT_ADMIN_USERS értéke nem megengedett: vesszővel elválasztott Slack-felhasználói "
        "azonosítókat adjon meg (U123,U456)."
    ),
    "settings.invalid.MMBOT_ADMIN_GROUP": (
        "A MMBOT_ADMIN_GROUP értéke nem megengedett: egy Slack-felhasználócsoport nevét vagy "
        "azonosítóját adja meg."
    ),
    "settings.invalid.PORT": (
        "PORT={value}: ez nem port; " + _WHOLE + " 1 és 65535 között (alapértelmezés: 3000)."
    ),
    "settings.invalid.MMBOT_HOST": (
        "MMBOT_HOST={value}: ez nem cím; adjon meg például 127.0.0.1 vagy 0.0.0.0 címet."
    ),
    "settings.invalid.MMBOT_WORKERS": (
        "MMBOT_WORKERS={value}: ez nem a munkafolyamatok száma; " + _WHOLE + ", legalább 1-et."
    ),
    "settings.invalid.MMBOT_THREADS": (
        "MMBOT_THREADS={value}: ez nem a szálak száma; " + _WHOLE + ", legalább 1-et."
    ),
    "settings.invalid.MMBOT_LANG": (
        "MMBOT_LANG={value}: ezt a nyelvet az mmbot nem ismeri; en vagy hu adható meg."
    ),
    **{
        f"settings.invalid.MMBOT_SCHEDULER_{name}_SECONDS": (
            f"MMBOT_SCHEDULER_{name}_SECONDS={{value}}: nem megengedett; 0-nál nagyobb "
            "másodpercszámot adjon meg."
        )
        for name in ("HEARTBEAT", "STALE", "RESTART", "SYNC")
    },
    "settings.invalid.MMBOT_INSTANCE_ID": (
        "A MMBOT_INSTANCE_ID-t az mmbot serve állítja be a saját folyamatainak: hagyja üresen."
    ),
    "settings.invalid.--log-level": (
        "--log-level {value}: ez nem naplózási szint; adja meg így: DEBUG, INFO, WARNING, "
        "ERROR vagy CRITICAL."
    ),
    # faults of the terminal or the file system
    "cli.not_a_directory": "{path}: az útvonal egyik része fájl, nem könyvtár.",
    "cli.file_is_directory": "{path}: ez könyvtár; fájlt adjon meg.",
    "cli.file_not_allowed": "{path}: hozzáférés megtagadva.",
    "cli.file_unusable": "{path} nem használható: {reason}.",
}
