from __future__ import annotations

import pytest

from domain.commands.grammar import parse
from domain.commands.model import (
    ActivateProfile,
    Assign,
    CreateProfile,
    DeactivateProfile,
    DeleteProfile,
    EditProfile,
    Help,
    ListProfiles,
    OpenCreateForm,
    OpenEditForm,
    OpenImportForm,
    RunReport,
    ShowEffective,
    ShowHistory,
    ShowProfile,
    ShowUsage,
    TargetKind,
    Unassign,
)
from domain.profiles import Channel, ProfileState, ProfileType


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_input_asks_for_help(text: str) -> None:
    assert parse(text) == Help()


def test_help_takes_an_optional_topic_in_any_case() -> None:
    assert parse("help") == Help()
    assert parse("HELP Create") == Help(topic="create")


def test_help_passes_an_unknown_topic_on_for_help_text_to_answer() -> None:
    assert parse("help frobnicate") == Help(topic="frobnicate")


def test_command_words_are_case_insensitive() -> None:
    assert parse("LiSt") == ListProfiles()
    assert parse("SHOW x") == ShowProfile(profile="x")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("list", ProfileState.ACTIVE),
        ("list active", ProfileState.ACTIVE),
        ("list inactive", ProfileState.INACTIVE),
        ("list ALL", ProfileState.ALL),
    ],
)
def test_list_shows_active_profiles_unless_told_otherwise(text: str, state: ProfileState) -> None:
    assert parse(text) == ListProfiles(state=state)


@pytest.mark.parametrize(
    ("verb", "command"),
    [
        ("show", ShowProfile(profile="Chat Heavy")),
        ("activate", ActivateProfile(profile="Chat Heavy")),
        ("deactivate", DeactivateProfile(profile="Chat Heavy")),
        ("delete", DeleteProfile(profile="Chat Heavy")),
        ("usage", ShowUsage(profile="Chat Heavy")),
        ("history", ShowHistory(profile="Chat Heavy")),
        ("effective", ShowEffective(agent="Chat Heavy")),
    ],
)
def test_quoted_profile_names_keep_their_spaces(verb: str, command: object) -> None:
    assert parse(f'{verb} "Chat Heavy"') == command


def test_create_alone_opens_the_form() -> None:
    assert parse("create") == OpenCreateForm()


def test_create_reads_every_profile_field() -> None:
    text = (
        'create "Chat Heavy" type=blended voice=1 chat=3 email=0 social=2 description="Day shift"'
    )
    assert parse(text) == CreateProfile(
        name="Chat Heavy",
        type=ProfileType.BLENDED,
        voice=1,
        chat=3,
        email=0,
        social=2,
        description="Day shift",
    )


def test_create_leaves_counts_it_was_not_given_to_the_domain() -> None:
    command = parse("create x type=Blended_Realtime")
    assert command == CreateProfile(name="x", type=ProfileType.BLENDED_REALTIME)
    assert isinstance(command, CreateProfile)
    assert command.voice is None


def test_create_accepts_options_before_the_name() -> None:
    assert parse("create type=blended x") == CreateProfile(name="x", type=ProfileType.BLENDED)


def test_exclusive_profiles_pick_their_channels() -> None:
    assert parse("create Mail type=exclusive channels=email,CHAT") == CreateProfile(
        name="Mail", type=ProfileType.EXCLUSIVE, channels=(Channel.EMAIL, Channel.CHAT)
    )


def test_counts_out_of_range_are_left_for_the_domain() -> None:
    command = parse("create x type=blended voice=7 chat=-2")
    assert isinstance(command, CreateProfile)
    assert (command.voice, command.chat) == (7, -2)


def test_edit_alone_opens_the_filled_in_form() -> None:
    assert parse('edit "Chat Heavy"') == OpenEditForm(profile="Chat Heavy")


def test_edit_with_options_changes_only_what_it_names() -> None:
    assert parse('edit "Chat Heavy" name="Chat Heavier" chat=4 type=blended') == EditProfile(
        profile="Chat Heavy", name="Chat Heavier", chat=4, type=ProfileType.BLENDED
    )


def test_an_empty_description_clears_it() -> None:
    assert parse('edit x description=""') == EditProfile(profile="x", description="")
    assert parse("edit x description=") == EditProfile(profile="x", description="")


def test_edit_can_change_channels() -> None:
    assert parse("edit x channels=voice") == EditProfile(profile="x", channels=(Channel.VOICE,))


@pytest.mark.parametrize("kind", list(TargetKind))
def test_assign_names_the_profile_the_kind_and_the_target(kind: TargetKind) -> None:
    assert parse(f'assign "Chat Heavy" {kind.value.upper()} "Team A"') == Assign(
        profile="Chat Heavy", target_kind=kind, target="Team A"
    )


@pytest.mark.parametrize("kind", [TargetKind.TEAM, TargetKind.AGENT])
def test_unassign_takes_a_team_or_an_agent(kind: TargetKind) -> None:
    assert parse(f'unassign {kind.value} "Jane Doe"') == Unassign(
        target_kind=kind, target="Jane Doe"
    )


def test_report_and_import_take_nothing_else() -> None:
    assert parse("report") == RunReport()
    assert parse("Import") == OpenImportForm()
