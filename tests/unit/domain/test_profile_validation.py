"""The validation table of SPEC §1, checked against an independent copy of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import ValidationFailed
from domain.profiles import SPACES, ProfileSpec
from tests.support.texts import english

# SPEC §1, written out again on purpose: the code's LIMITS must agree with the spec, not with itself.
SPEC_TABLE = {
    "blended": {
        "voice": {0, 1},
        "chat": set(range(6)),
        "email": set(range(6)),
        "social": set(range(6)),
    },
    "blended_realtime": {
        "voice": {1},
        "chat": set(range(1, 6)),
        "email": set(range(6)),
        "social": set(range(6)),
    },
    "exclusive": {"voice": {0, 1}, "chat": {0, 1}, "email": {0, 1}, "social": {0, 1}},
}
SPEC_RANGE_TEXT = {
    ("blended", "voice"): "0 or 1",
    ("blended", "chat"): "0–5",
    ("blended_realtime", "voice"): "exactly 1",
    ("blended_realtime", "chat"): "1–5",
    ("exclusive", "social"): "0 or 1",
}
counts = st.integers(min_value=-2, max_value=8)


def spec_allows(profile_type: str, values: dict[str, int]) -> bool:
    in_range = all(values[ch] in SPEC_TABLE[profile_type][ch] for ch in values)
    return in_range and any(v > 0 for v in values.values())


@given(st.sampled_from(sorted(SPEC_TABLE)), counts, counts, counts, counts)
def test_a_profile_is_accepted_exactly_when_the_spec_table_allows_it(
    profile_type: str, voice: int, chat: int, email: int, social: int
) -> None:
    values = {"voice": voice, "chat": chat, "email": email, "social": social}
    if not spec_allows(profile_type, values):
        with pytest.raises(ValidationFailed) as refusal:
            ProfileSpec.build(
                name="P", type=profile_type, voice=voice, chat=chat, email=email, social=social
            )
        wrong = {ch for ch, v in values.items() if v not in SPEC_TABLE[profile_type][ch]}
        assert {e.field for e in refusal.value.errors} == (wrong or {"channels"})
        return
    spec = ProfileSpec.build(
        name="P", type=profile_type, voice=voice, chat=chat, email=email, social=social
    )
    assert {ch.value: n for ch, n in spec.counts().items()} == values


@pytest.mark.parametrize(("profile_type", "channel"), sorted(SPEC_RANGE_TEXT))
def test_an_out_of_range_value_names_field_value_and_allowed_range(
    profile_type: str, channel: str
) -> None:
    counts = {"voice": 1, "chat": 1, channel: 7}
    with pytest.raises(ValidationFailed) as refusal:
        ProfileSpec.build(
            name="P",
            type=profile_type,
            voice=counts.get("voice"),
            chat=counts.get("chat"),
            email=counts.get("email"),
            social=counts.get("social"),
        )
    article = "an" if profile_type == "exclusive" else "a"
    allowed = SPEC_RANGE_TEXT[(profile_type, channel)]
    expected = f"{channel}=7 is out of range for {article} {profile_type} profile: {allowed}."
    assert english(refusal.value) == expected


def test_omitted_counts_default_to_the_lowest_value_the_type_allows() -> None:
    realtime = ProfileSpec.build(name="Live", type="blended_realtime")
    assert (realtime.voice, realtime.chat, realtime.email, realtime.social) == (1, 1, 0, 0)


def test_a_blended_profile_with_every_channel_at_zero_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="at least one channel above 0"):
        ProfileSpec.build(name="Idle", type="blended", voice=0)


def test_an_exclusive_profile_needs_a_channel_type() -> None:
    with pytest.raises(ValidationFailed, match="exclusive profile needs at least one channel"):
        ProfileSpec.build(name="Solo", type="exclusive")


def test_an_unknown_type_lists_the_allowed_types() -> None:
    with pytest.raises(ValidationFailed, match="Allowed: blended, blended_realtime, exclusive"):
        ProfileSpec.build(name="P", type="mixed")


allowed_text = st.text(alphabet="abcXYZ019 _-", min_size=1, max_size=80).filter(lambda s: s.strip())


@given(allowed_text)
def test_names_of_allowed_characters_up_to_80_long_are_accepted_trimmed_and_collapsed(
    name: str,
) -> None:
    assert ProfileSpec.build(name=name, type="blended", voice=1).name == " ".join(name.split())


@pytest.mark.parametrize(
    "typed", ["Sales  Day", " Sales Day ", "Sales\u00a0Day", "Sales \u00a0 Day"]
)
def test_runs_of_spaces_in_a_profile_name_become_one_space(typed: str) -> None:
    assert ProfileSpec.build(name=typed, type="blended", voice=1).name == "Sales Day"


@given(
    st.characters(
        exclude_characters="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
        + SPACES  # any space is typed as one space
    )
)
def test_any_other_character_in_a_name_is_refused_and_named(character: str) -> None:
    name = f"A{character}B"
    if not name.strip() or name.strip() != name:
        return  # leading/trailing white space is trimmed, not refused
    with pytest.raises(ValidationFailed) as refusal:
        ProfileSpec.build(name=name, type="blended", voice=1)
    assert refusal.value.errors[0].field == "name"
    assert "(character 2)" in english(refusal.value)


def test_accented_letters_are_refused_as_the_platform_does() -> None:
    with pytest.raises(ValidationFailed, match="contains 'é'"):
        ProfileSpec.build(name="Telefonos elerheto kollégák", type="blended", voice=1)


def test_an_81_character_name_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationFailed, match="81 characters long; at most 80"):
        ProfileSpec.build(name="x" * 81, type="blended", voice=1)


def test_a_description_of_256_characters_is_refused_and_255_accepted() -> None:
    assert (
        len(ProfileSpec.build(name="P", type="blended", voice=1, description="d" * 255).description)
        == 255
    )
    with pytest.raises(ValidationFailed, match="description is 256 characters long"):
        ProfileSpec.build(name="P", type="blended", voice=1, description="d" * 256)


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationFailed) as refusal:
        ProfileSpec.build(name="", type="blended", voice=2, chat=9)
    assert {e.field for e in refusal.value.errors} == {"name", "voice", "chat"}
