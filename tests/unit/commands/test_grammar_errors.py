from __future__ import annotations

import pytest

from domain.commands.grammar import parse
from domain.commands.syntax import CommandSyntaxError, UnknownCommand, usage_of
from domain.errors import DomainError
from domain.messages import keys
from tests.support.texts import english

# (text, catalogue key, position of the word at fault, a fragment the message must contain)
REFUSED = [
    ('show "Chat Heavy', "grammar.unterminated_quote", 5, '"Chat Heavy'),
    ("lsit", "grammar.unknown_command", 0, "`list`"),
    ("site frob", "grammar.unknown_subcommand", 5, "add, list, remove"),
    ("site", "grammar.missing_subcommand", 4, "add, list, remove"),
    ("show", "grammar.missing_word", 4, "Missing the profile name for `show`"),
    ("show Chat Heavy", "grammar.extra_word", 10, "Unexpected word Heavy after `show`"),
    ("list some", "grammar.bad_word", 5, "active, inactive, all"),
    ("assign p house x", "grammar.bad_word", 9, "site, team, agent"),
    (
        "create x type=blended colour=red",
        "grammar.unknown_option",
        22,
        "Unknown option colour= for `create`; allowed: "
        "type, voice, chat, email, social, description, channels",
    ),
    ("show x voice=1", "grammar.no_options", 7, "`show` takes no options"),
    ("create x type=blended voice=1 voice=2", "grammar.duplicate_option", 30, "voice="),
    ("create x voice=1", "grammar.missing_option", 16, "needs type="),
    ("agent add Jane", "grammar.missing_option", 14, "needs team="),
    ("team add T kind=agent", "grammar.missing_option", 21, "needs site="),
    ("site add B profile=", "grammar.empty_value", 11, "profile= needs a value"),
    ("create x type=blended voice=abc", "grammar.not_a_count", 22, "voice must be a whole number"),
    ("create x type=blended chat=1.5", "grammar.not_a_count", 22, "chat=1.5"),
    ("create x type=blended chat=", "grammar.not_a_count", 22, "chat must be"),
    ("create x type=blended chat=٣", "grammar.not_a_count", 22, "chat must be"),
    ("create x type=blended email=9999999999", "grammar.count_too_large", 22, "email="),
    ("create x type=mixed", "grammar.bad_choice", 9, "blended, blended_realtime, exclusive"),
    ("create x type=exclusive channels=voice,fax", "grammar.bad_choice", 24, "voice, chat, email"),
    ("settings multimedia=maybe", "grammar.bad_choice", 9, "on, off"),
    ("team add T site=B kind=big", "grammar.bad_choice", 18, "agent, capacity"),
    ("agent add Jane team=a,,b", "grammar.empty_list_item", 15, "team=a,,b"),
    ("agent add Jane team=a,", "grammar.empty_list_item", 15, "empty item"),
    ("agent teams Jane team=a,A", "grammar.duplicate_list_item", 17, "names A more than once"),
    ("create x type=exclusive channels=chat,chat", "grammar.duplicate_list_item", 24, "chat"),
    ("agent add Jane team=a slack=jane", "grammar.bad_slack_user", 22, "slack=@jane"),
    ("agent add Jane team=a slack=<!here>", "grammar.bad_slack_user", 22, "slack=<!here>"),
    ("settings report_channel=general", "grammar.bad_slack_channel", 9, "#general"),
    ("settings audit_channel=#", "grammar.bad_slack_channel", 9, "none to clear"),
    ("unassign site Budapest", "grammar.unassign_site", 9, "site Budapest"),
    ("unassign site", "grammar.unassign_site", 9, "always has a profile"),
    ('settings report_channel="#a\x00"', "grammar.control_character", 27, "U+0000 at character 28"),
    ("list\x1b[31m", "grammar.control_character", 4, "U+001B"),
]


@pytest.mark.parametrize(("text", "key", "position", "fragment"), REFUSED)
def test_syntax_errors_name_the_word_at_fault(
    text: str, key: str, position: int, fragment: str
) -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse(text)
    assert caught.value.key == key
    assert caught.value.position == position
    assert fragment in english(caught.value)


def test_every_syntax_error_text_is_exercised_above() -> None:
    grammar_keys = {
        key
        for key in keys()
        if key.startswith("grammar.") and not key.startswith(("grammar.usage", "grammar.what."))
    }
    assert grammar_keys == {key for _, key, _, _ in REFUSED}


def test_a_syntax_error_is_a_domain_error_whose_text_ends_with_the_usage() -> None:
    with pytest.raises(DomainError) as caught:
        parse("show")
    assert isinstance(caught.value, CommandSyntaxError)
    assert caught.value.usage == usage_of("show")
    assert str(caught.value).endswith("Usage:\n  show <profile>")


def test_a_subcommand_error_quotes_the_usage_of_its_command() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse("team add T")
    assert caught.value.usage == usage_of("team")
    assert "`team add` needs site=" in english(caught.value)


def test_an_unknown_command_suggests_the_closest_and_asks_for_the_overview() -> None:
    with pytest.raises(UnknownCommand) as caught:
        parse("  Creat x")
    assert caught.value.word == "Creat"
    assert caught.value.suggestions[0] == "create"
    assert caught.value.topic is None
    assert caught.value.position == 2
    assert caught.value.usage is None


def test_an_unknown_subcommand_asks_for_the_help_of_its_command() -> None:
    with pytest.raises(UnknownCommand) as caught:
        parse("agent tems Jane team=a")
    assert caught.value.word == "tems"
    assert caught.value.topic == "agent"
    assert caught.value.suggestions == ("teams",)
    assert "Did you mean `agent teams`?" in english(caught.value)


def test_an_unknown_word_without_a_near_match_suggests_nothing() -> None:
    with pytest.raises(UnknownCommand) as caught:
        parse("xyzzy")
    assert caught.value.suggestions == ()
    assert "Did you mean" not in english(caught.value)


@pytest.mark.parametrize("text", ['"list"', "list=all", "“show” x"])
def test_a_quoted_word_or_an_option_is_never_a_command_word(text: str) -> None:
    with pytest.raises(UnknownCommand):
        parse(text)


def test_a_missing_word_points_at_the_end_of_the_text() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse("assign p team   ")
    assert caught.value.position == len("assign p team   ")
    assert "Missing the team name for `assign`" in english(caught.value)


def test_quoted_extra_words_are_shown_in_quotes() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse('show a "b c"')
    assert 'Unexpected word "b c"' in english(caught.value)


def test_a_huge_value_is_cut_short_in_the_message() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse("create x type=" + "z" * 10_000)
    assert len(english(caught.value)) < 500


def test_a_count_of_thousands_of_digits_is_refused_not_crashed_on() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse("create x type=blended voice=" + "9" * 5000)
    assert caught.value.key == "grammar.count_too_large"


def test_leading_zeros_do_not_make_a_count_too_large() -> None:
    command = parse("create x type=blended voice=0000000000001")
    assert getattr(command, "voice", None) == 1


def test_control_characters_are_made_visible_in_messages() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        parse("create x type=\x07")
    assert "U+0007" in english(caught.value)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("site add", "site name"),
        ("site remove", "site name"),
        ("team add site=B", "team name"),
        ("team remove", "team name"),
        ("agent add team=a", "agent name"),
        ("agent remove", "agent name"),
        ("agent teams team=a", "agent name"),
        ("effective", "agent name"),
        ("assign p site", "site name"),
        ("assign p agent", "agent name"),
        ("unassign team", "team name"),
        ("edit", "profile name"),
        ("assign p", "kind of target"),
    ],
)
def test_a_missing_name_says_which_name(text: str, what: str) -> None:
    with pytest.raises(CommandSyntaxError, match=f"Missing the {what} for"):
        parse(text)
