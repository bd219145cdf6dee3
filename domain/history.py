"""Whose history an audit query is about: a profile, a site, team or agent, or the settings."""

from __future__ import annotations

from dataclasses import dataclass

SETTINGS_OBJECT = "workspace"
ORG_KINDS = ("site", "team", "agent")


@dataclass(frozen=True)
class HistorySubject:
    """`kind` is 'profile', 'site', 'team', 'agent' or 'settings'.

    A profile's records are those naming its id; a site's, team's or agent's those about its
    id, or (for records older than ids in the trail, and for deleted ones) about its name key.
    """

    kind: str
    id: int | None = None
    key: str | None = None
