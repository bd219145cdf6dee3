"""Sites, teams and agents, and the effective profile an agent gets through inheritance."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain.errors import FieldError, ValidationFailed
from domain.messages import Text, msg
from domain.profiles import NAME_MAX, text_errors


class TeamKind(StrEnum):
    AGENT = "agent"
    CAPACITY = "capacity"


class Site(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    profile_id: int
    profile_name: str


class Team(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    site_id: int
    site_name: str
    kind: TeamKind = TeamKind.AGENT
    profile_id: int | None = None
    profile_name: str | None = None


class Agent(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    email: str | None = None
    slack_user: str | None = None
    profile_id: int | None = None
    profile_name: str | None = None
    teams: tuple[str, ...] = ()


class ProfileSource(StrEnum):
    """Where an agent's effective profile comes from."""

    OWN = "own"
    TEAM = "team"
    SITE = "site"
    MULTIMEDIA_OFF = "multimedia_off"


class EffectiveProfile(BaseModel):
    """The profile an agent gets when signed in with one team, and why."""

    model_config = ConfigDict(frozen=True)

    agent: str
    team: str
    profile_id: int
    profile_name: str
    source: ProfileSource
    source_name: str


class Usage(BaseModel):
    """What references a profile directly, and how many agents it reaches through inheritance."""

    model_config = ConfigDict(frozen=True)

    profile: str
    sites: tuple[str, ...]
    teams: tuple[str, ...]
    agents: tuple[str, ...]
    reached_agents: int

    @property
    def direct_references(self) -> int:
        return len(self.sites) + len(self.teams) + len(self.agents)


class References(BaseModel):
    """The first few sites, teams and agents that name a profile, and how many there are in all."""

    model_config = ConfigDict(frozen=True)

    referrers: tuple[tuple[str, str], ...]
    """(kind, name) pairs: kind is 'site', 'team' or 'agent'."""
    total: int

    @property
    def labels(self) -> tuple[Text, ...]:
        """Each referrer as the user reads it, e.g. 'site "North"'."""
        return tuple(
            msg("reference.label", kind=msg(f"kind.{kind}"), name=name)
            for kind, name in self.referrers
        )


def clean_org_name(kind: str, name: str) -> str:
    """Trim and check a site, team or agent name: 1–80 characters, the profile character set."""
    value = name.strip()
    errors: list[FieldError] = [
        FieldError("name", e.key, {**e.params, "field": f"{kind}_name"})
        for e in text_errors("name", value, minimum=1, maximum=NAME_MAX)
    ]
    if errors:
        raise ValidationFailed(errors)
    return value


_USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")


def slack_user_reference(text: str) -> str | None:
    """A Slack user id from an escaped mention (<@U123|jane>) or a bare id, a typed @name as it
    is, or None when the text is neither."""
    value = text.strip()
    if match := _USER_MENTION.fullmatch(value):
        return match[1]
    if _USER_ID.fullmatch(value) or (len(value) > 1 and value.startswith("@") and " " not in value):
        return value
    return None


def clean_email(email: str | None) -> str | None:
    """A trimmed email address, or None; refuses text that is plainly not an address."""
    if email is None or not email.strip():
        return None
    value = email.strip()
    local, at, domain = value.partition("@")
    # Whitespace and control characters are in no address (and PostgreSQL refuses NUL).
    unprintable = any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in value)
    if not at or not local or "." not in domain or unprintable or len(value) > 254:
        raise ValidationFailed([FieldError("email", "org.bad_email", {"value": value})])
    return value
