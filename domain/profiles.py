"""Multimedia profiles: how many contacts of each channel an agent may handle at once."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain import lengths
from domain.audit import Actor
from domain.errors import FieldError, ValidationFailed
from domain.messages import Text, msg

DEFAULT_PROFILE_NAME = "Default_Telephony_Profile"
NAME_MAX = lengths.NAME
DESCRIPTION_MAX = lengths.DESCRIPTION
_ALLOWED_CHARACTER = re.compile(r"[A-Za-z0-9 _-]")
# Space characters a name may be typed with; each run of them is one space.
SPACES = " \u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACE_RUN = re.compile(f"[{SPACES}]+")


class ProfileType(StrEnum):
    BLENDED = "blended"
    BLENDED_REALTIME = "blended_realtime"
    EXCLUSIVE = "exclusive"


class Channel(StrEnum):
    VOICE = "voice"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social"


CHANNELS: tuple[Channel, ...] = tuple(Channel)

# (lowest, highest) contacts per channel, inclusive, for each profile type (SPEC §1).
LIMITS: dict[ProfileType, dict[Channel, tuple[int, int]]] = {
    ProfileType.BLENDED: {
        Channel.VOICE: (0, 1),
        Channel.CHAT: (0, 5),
        Channel.EMAIL: (0, 5),
        Channel.SOCIAL: (0, 5),
    },
    ProfileType.BLENDED_REALTIME: {
        Channel.VOICE: (1, 1),
        Channel.CHAT: (1, 5),
        Channel.EMAIL: (0, 5),
        Channel.SOCIAL: (0, 5),
    },
    ProfileType.EXCLUSIVE: dict.fromkeys(Channel, (0, 1)),
}


def describe_range(low: int, high: int) -> Text:
    """An inclusive range as the user reads it: 'exactly 1', '0 or 1', '0–5'."""
    if low == high:
        return msg("range.exactly", value=low)
    if high == low + 1:
        return msg("range.either", low=low, high=high)
    return msg("range.between", low=low, high=high)


class ProfileState(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = "all"


class ProfileSpec(BaseModel):
    """The editable part of a profile, validated against SPEC §1 on construction via `build`."""

    model_config = ConfigDict(frozen=True)

    name: str
    description: str = ""
    type: ProfileType
    voice: int
    chat: int
    email: int
    social: int

    @classmethod
    def build(
        cls,
        *,
        name: str,
        type: ProfileType | str,
        description: str = "",
        voice: int | None = None,
        chat: int | None = None,
        email: int | None = None,
        social: int | None = None,
    ) -> ProfileSpec:
        """Validate every field at once; raise ValidationFailed listing each wrong one."""
        errors: list[FieldError] = []
        # Names that differ only in white space are one name (SPEC §1): runs of spaces,
        # tabs or no-break spaces become one space; a tab in the middle is still refused.
        clean_name = collapse_spaces(name)
        clean_description = description.strip()
        errors += text_errors("name", clean_name, minimum=1, maximum=NAME_MAX)
        errors += text_errors("description", clean_description, minimum=0, maximum=DESCRIPTION_MAX)
        try:
            profile_type = ProfileType(type)
        except ValueError:
            allowed = ", ".join(member.value for member in ProfileType)
            errors.append(
                FieldError("type", "profile.bad_type", {"value": type, "allowed": allowed})
            )
            raise ValidationFailed(errors) from None
        given = {
            Channel.VOICE: voice,
            Channel.CHAT: chat,
            Channel.EMAIL: email,
            Channel.SOCIAL: social,
        }
        counts = {ch: LIMITS[profile_type][ch][0] if v is None else v for ch, v in given.items()}
        errors += count_errors(profile_type, counts)
        if errors:
            raise ValidationFailed(errors)
        return cls(
            name=clean_name,
            description=clean_description,
            type=profile_type,
            voice=counts[Channel.VOICE],
            chat=counts[Channel.CHAT],
            email=counts[Channel.EMAIL],
            social=counts[Channel.SOCIAL],
        )

    def count(self, channel: Channel) -> int:
        return int(getattr(self, channel.value))

    def counts(self) -> dict[Channel, int]:
        return {channel: self.count(channel) for channel in CHANNELS}

    def enabled_channels(self) -> list[Channel]:
        return [channel for channel in CHANNELS if self.count(channel) > 0]


def collapse_spaces(name: str) -> str:
    """`name` trimmed with every run of spaces (and no-break spaces) as one space."""
    return _SPACE_RUN.sub(" ", name).strip()


def text_errors(field: str, value: str, *, minimum: int, maximum: int) -> list[FieldError]:
    """Length and character-set errors for a name or description (already trimmed)."""
    if len(value) < minimum:
        return [FieldError(field, "profile.text_empty", {"field": field})]
    errors: list[FieldError] = []
    if len(value) > maximum:
        errors.append(
            FieldError(
                field,
                "profile.text_too_long",
                {"field": field, "length": len(value), "maximum": maximum},
            )
        )
    for position, character in enumerate(value, start=1):
        if not _ALLOWED_CHARACTER.fullmatch(character):
            shown = character if character.isprintable() else f"U+{ord(character):04X}"
            errors.append(
                FieldError(
                    field,
                    "profile.text_bad_character",
                    {"field": field, "character": shown, "position": position},
                )
            )
            break
    return errors


def count_errors(profile_type: ProfileType, counts: dict[Channel, int]) -> list[FieldError]:
    """Range errors for each channel count, plus the type's rule on which channels must be on."""
    errors: list[FieldError] = []
    for channel, value in counts.items():
        low, high = LIMITS[profile_type][channel]
        if not low <= value <= high:
            params: dict[str, object] = {
                "field": channel.value,
                "value": value,
                "type": profile_type.value,
                "allowed": describe_range(low, high),
            }
            errors.append(FieldError(channel.value, "profile.count_out_of_range", params))
    if errors:
        return errors
    if all(value == 0 for value in counts.values()):
        key = (
            "profile.exclusive_needs_channel"
            if profile_type is ProfileType.EXCLUSIVE
            else "profile.needs_channel"
        )
        errors.append(FieldError("channels", key, {"type": profile_type.value}))
    return errors


class ProfileValues(BaseModel):
    """Profile values as an admin gives them, before validation; None means 'not given'."""

    model_config = ConfigDict(frozen=True)

    type: ProfileType | None = None
    description: str | None = None
    voice: int | None = None
    chat: int | None = None
    email: int | None = None
    social: int | None = None
    channels: tuple[Channel, ...] | None = None

    def given_counts(self) -> dict[Channel, int]:
        return {ch: v for ch in CHANNELS if (v := getattr(self, ch.value)) is not None}


class Profile(ProfileSpec):
    """A stored profile with its lifecycle state and bookkeeping."""

    id: int
    active: bool = True
    system: bool = False
    version: int = 1
    created_at: datetime
    created_by: Actor
    updated_at: datetime
    updated_by: Actor
    status_changed_at: datetime
    status_changed_by: Actor

    @property
    def spec(self) -> ProfileSpec:
        return ProfileSpec.model_validate(self.model_dump(include=set(ProfileSpec.model_fields)))

    def summary(self) -> Text:
        """'voice 1, chat 5, email 2' — only the channels that are on."""
        counts = tuple(
            msg("profile.channel_count", channel=msg(f"channel.{ch.value}"), count=self.count(ch))
            for ch in self.enabled_channels()
        )
        return msg("text.list", items=counts)


DEFAULT_PROFILE_SPEC = ProfileSpec(
    name=DEFAULT_PROFILE_NAME,
    description="System default profile",
    type=ProfileType.BLENDED,
    voice=1,
    chat=0,
    email=0,
    social=0,
)
