"""Sites, teams and agents, and the effective profile an agent gets through inheritance."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain import lengths, names
from domain.errors import FieldError, ValidationFailed
from domain.messages import Text, msg


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
    reached_page: tuple[str, ...] = ()
    """The names of the reached agents on the page asked for, in name order."""

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
    """A site, team or agent name cleaned by the rules of SPEC §1 (see `domain.names`)."""
    return names.clean_name(kind, name)


# Slack's grammar: a mention <@U123> or <@U123|jane>, a bare id, or a typed @name.
_USER_MENTION = re.compile(r"<@([UW][A-Z0-9]{2,30})(?:\|[^<>|]*)?>")
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,30}")
# A typed @name: letters and digits of any script, and the . _ - ' Slack allows in names.
_TYPED_USER = re.compile(r"@[\w.'-]+")
# RFC 5321 "dot-atom" without the | that Slack reads as link markup, and host names of
# letters, digits and hyphens (internationalised domains are written in their xn-- form).
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{}~-]+)*")
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]"
)


def slack_user_reference(text: str) -> str | None:
    """A Slack user id from an escaped mention (<@U123|jane>) or a bare id, a typed @name as it
    is, or None when the text is neither (or too long to keep)."""
    value = text.strip()
    if match := _USER_MENTION.fullmatch(value):
        return match[1]
    if len(value) > lengths.SLACK_USER:
        return None
    if _USER_ID.fullmatch(value) or _TYPED_USER.fullmatch(value):
        return value
    return None


def clean_slack_user(value: str | None) -> str | None:
    """A Slack user as `slack_user_reference` reads it, None when empty; ValidationFailed if not."""
    text = (value or "").strip()
    if not text:
        return None
    if (reference := slack_user_reference(text)) is not None:
        return reference
    shown = text if len(text) <= lengths.SLACK_USER else text[: lengths.SLACK_USER] + "…"
    params = {"value": shown, "maximum": lengths.SLACK_USER}
    raise ValidationFailed([FieldError("slack", "org.bad_slack_user", params)])


def clean_email(email: str | None) -> str | None:
    """A trimmed email address, or None; ValidationFailed saying what is wrong otherwise."""
    if email is None or not email.strip():
        return None
    value = email.strip()
    if len(value) > lengths.EMAIL:
        params = {"length": len(value), "maximum": lengths.EMAIL}
        raise ValidationFailed([FieldError("email", "org.email_too_long", params)])
    local, _, host = value.rpartition("@")
    if (
        not _LOCAL_PART.fullmatch(local)
        or len(local) > lengths.EMAIL_LOCAL_PART
        or not _HOST.fullmatch(host)
    ):
        raise ValidationFailed([FieldError("email", "org.bad_email", {"value": value})])
    return value
