"""Texts of the refusals in domain.errors."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    "error.refused": "A kérés elutasítva.",
    "error.validation": "Kérem, javítsa ezeket az értékeket:\n{details}",
    "error.not_found": "Nincs „{name}” nevű {kind:@kind}.{hint}",
    "error.did_you_mean": " Erre gondolt: {names}?",
    "error.and_more": " és még {count}",
    "error.duplicate_name": (
        "Már létezik „{existing}” nevű {kind:@kind}; a nevek a kis- és nagybetűktől "
        "függetlenül egyediek."
    ),
    "error.profile_in_use": (
        "A(z) „{profile}” profil még {total} helyen van hozzárendelve (webhely, csapat vagy "
        "ügynök): {references}{more}. Előbb rendeljen hozzájuk másik profilt."
    ),
    "error.profile_still_active": (
        "A(z) „{profile}” profil aktív. Csak inaktív profil törölhető: előbb futtassa ezt: "
        '`deactivate "{profile}"`.'
    ),
    "error.profile_inactive": (
        "A(z) „{profile}” profil inaktív, ezért nem rendelhető hozzá. Előbb futtassa ezt: "
        '`activate "{profile}"`.'
    ),
    "error.system_profile_locked": (
        "„{profile}” a rendszer alapértelmezett profilja: {action}. Hozzárendelni "
        "továbbra is lehet, vagy rendeljen hozzá helyette másik profilt."
    ),
    "error.multimedia_disabled": (
        "Ebben a munkaterületen a multimédia ki van kapcsolva, ezért minden ügynök a "
        "Default_Telephony_Profile profilt kapja, és profil nem rendelhető hozzá. Egy "
        "rendszergazda így kapcsolhatja be: `settings multimedia=on`."
    ),
    "error.capacity_team": (
        "A(z) „{team}” csapat kapacitásalapú: az ilyen csapatnak soha nincs saját profilja. "
        "Rendelje a profilt inkább a webhelyéhez vagy az ügynökeihez."
    ),
    "error.site_has_teams": Plural(
        by="count",
        one="A(z) „{site}” webhelyhez még {count} csapat tartozik. Előbb távolítsa el vagy "
        "helyezze át a csapatot.",
        other="A(z) „{site}” webhelyhez még {count} csapat tartozik. Előbb távolítsa el vagy "
        "helyezze át a csapatokat.",
    ),
    "error.team_has_agents": Plural(
        by="count",
        one="A(z) „{team}” csapatban még {count} ügynök van. Előbb helyezze át az ügynököt "
        "más csapatba, vagy távolítsa el.",
        other="A(z) „{team}” csapatban még {count} ügynök van. Előbb helyezze át az "
        "ügynököket más csapatokba, vagy távolítsa el őket.",
    ),
    "error.stale_version": (
        "A(z) „{profile}” profilt {by} módosította, miután Ön megnyitotta, ezért az Ön "
        "módosítása nem lett mentve. Nyissa meg újra, nézze meg az aktuális értékeket, és ott "
        "végezze el a módosítást."
    ),
    "error.not_administrator": (
        "A(z) `{action}` parancsot csak az mmbot rendszergazdái futtathatják. Rendszergazda a "
        "munkaterület "
        "adminisztrátora és tulajdonosa, valamint a bot konfigurációjában megnevezett "
        "felhasználók és felhasználócsoport."
    ),
    "reference.label": "„{name}” {kind:@kind}",
    "error.store_busy": (
        "Az adatbázis most foglalt, és semmi sem változott. Kérem, próbálja újra egy pillanat "
        "múlva."
    ),
    # The store's own failures: unreachable, and a change whose saving was not confirmed.
    "error.store_unreachable": (
        "Az mmbot most nem éri el az adatbázisát. Kérem, próbálja újra később."
    ),
    "error.commit_outcome_unknown": (
        "Az mmbot nem tudta megerősíteni, hogy a módosítás mentésre került-e: a kapcsolat az "
        "adatbázissal megszakadt a mentés közben. {hint}"
    ),
    "error.commit_outcome_unknown.check": (
        "Mielőtt újra próbálkozna, ellenőrizze a(z) `{command}` paranccsal."
    ),
    "error.commit_outcome_unknown.general": (
        "Mielőtt újra próbálkozna, ellenőrizze a `show <név>` vagy a "
        "`history site|team|agent <név>` paranccsal."
    ),
}
