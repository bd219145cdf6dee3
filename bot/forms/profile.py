"""The profile form's values: from a stored profile, from the submitted state, to domain fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.forms.state import FormState
from bot.ids import Action, Block
from domain.errors import DomainError, FieldError, ValidationFailed
from domain.messages import Text, msg
from domain.profiles import CHANNELS, Channel, Profile, ProfileType
from domain.services.profiles import ProfileFields

_COUNT_BLOCKS: dict[Channel, Block] = {
    Channel.VOICE: Block.VOICE,
    Channel.CHAT: Block.CHAT,
    Channel.EMAIL: Block.EMAIL,
    Channel.SOCIAL: Block.SOCIAL,
}


@dataclass(frozen=True)
class ProfileDraft:
    """What the form shows or holds; counts stay as typed so a wrong value can be shown again."""

    name: str = ""
    description: str = ""
    type: ProfileType = ProfileType.BLENDED
    counts: Mapping[Channel, str] = field(default_factory=dict)
    channels: tuple[Channel, ...] = ()

    @classmethod
    def from_profile(cls, profile: Profile) -> ProfileDraft:
        """The form filled in with a stored profile."""
        return cls(
            name=profile.name,
            description=profile.description,
            type=profile.type,
            counts={ch: str(profile.count(ch)) for ch in CHANNELS},
            channels=tuple(profile.enabled_channels()),
        )

    @classmethod
    def from_state(cls, state: FormState) -> ProfileDraft:
        """What the user has entered so far (or submitted)."""
        chosen = state.selected(Block.TYPE, Action.TYPE)
        try:
            profile_type = ProfileType(chosen) if chosen else ProfileType.BLENDED
        except ValueError:
            profile_type = ProfileType.BLENDED
        counts = {
            ch: value
            for ch, block in _COUNT_BLOCKS.items()
            if (value := state.text(block, Action.COUNT)) is not None
        }
        channels = tuple(
            Channel(v) for v in state.checked(Block.CHANNELS, Action.CHANNELS) if v in set(Channel)
        )
        return cls(
            name=state.text(Block.NAME, Action.NAME) or "",
            description=state.text(Block.DESCRIPTION, Action.DESCRIPTION) or "",
            type=profile_type,
            counts=counts,
            channels=channels,
        )

    def with_type(self, profile_type: ProfileType) -> ProfileDraft:
        """The same draft under another type, carrying channel choices across."""
        if profile_type is ProfileType.EXCLUSIVE and self.type is not ProfileType.EXCLUSIVE:
            on = tuple(ch for ch in CHANNELS if self.counts.get(ch, "0").strip() not in ("", "0"))
            return replace(self, type=profile_type, channels=on)
        if profile_type is not ProfileType.EXCLUSIVE and self.type is ProfileType.EXCLUSIVE:
            counts = {ch: "1" if ch in self.channels else "0" for ch in CHANNELS}
            return replace(self, type=profile_type, counts=counts)
        return replace(self, type=profile_type)

    def to_fields(self) -> ProfileFields:
        """Domain fields; a count that is not a whole number is a field error."""
        if self.type is ProfileType.EXCLUSIVE:
            return ProfileFields(
                name=self.name,
                description=self.description,
                type=self.type,
                channels=self.channels,
            )
        numbers: dict[Channel, int] = {}
        errors: list[FieldError] = []
        for channel in CHANNELS:
            raw = (self.counts.get(channel) or "0").strip() or "0"
            try:
                numbers[channel] = int(raw)
            except ValueError:
                errors.append(
                    FieldError(
                        channel.value,
                        "form.profile.not_a_number",
                        {"field": msg(f"channel.{channel.value}")},
                    )
                )
        if errors:
            raise ValidationFailed(errors)
        return ProfileFields(
            name=self.name,
            description=self.description,
            type=self.type,
            voice=numbers[Channel.VOICE],
            chat=numbers[Channel.CHAT],
            email=numbers[Channel.EMAIL],
            social=numbers[Channel.SOCIAL],
        )


def field_block(field_name: str, profile_type: ProfileType) -> str:
    """The block that shows errors about a domain field, given the form's profile type."""
    if field_name in (Block.NAME, Block.DESCRIPTION, Block.TYPE):
        return field_name
    exclusive = profile_type is ProfileType.EXCLUSIVE
    if field_name in set(Channel):
        return Block.CHANNELS if exclusive else _COUNT_BLOCKS[Channel(field_name)]
    if field_name == "channels":
        return Block.CHANNELS if exclusive else Block.VOICE
    return Block.NAME


def form_errors(error: DomainError, profile_type: ProfileType) -> dict[str, list[Text]]:
    """block_id -> messages for `response_action: errors`; errors without a field go on the name."""
    found: dict[str, list[Text]] = {}
    for item in error.field_errors:
        found.setdefault(field_block(item.field, profile_type), []).append(item.text)
    return found or {Block.NAME: [error.text]}
