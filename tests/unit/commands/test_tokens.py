from __future__ import annotations

import pytest

from domain.commands.syntax import CommandSyntaxError
from domain.commands.tokens import Token, tokenize
from tests.support.texts import english


def test_words_split_on_any_whitespace_and_keep_their_start() -> None:
    assert tokenize("  show\tfoo\u00a0bar\n") == [
        Token("show", 2),
        Token("foo", 7),
        Token("bar", 11),
    ]


def test_quoted_words_keep_their_spaces() -> None:
    assert tokenize('show "Chat Heavy"') == [Token("show", 0), Token("Chat Heavy", 5, quoted=True)]


def test_smart_quotes_work_like_straight_ones() -> None:
    assert tokenize("show “Chat Heavy”")[1].text == "Chat Heavy"
    assert tokenize("show ”Chat Heavy”")[1].text == "Chat Heavy"


def test_a_backslash_escapes_a_quote_inside_and_outside_quotes() -> None:
    assert tokenize(r'"say \"hi\"" a\"b')[0].text == 'say "hi"'
    assert tokenize(r'"say \"hi\"" a\"b')[1].text == 'a"b'


def test_a_backslash_before_other_characters_stays() -> None:
    assert tokenize(r'"a\b\\c"')[0].text == r"a\b\c"


def test_key_value_words_become_options_with_lower_cased_keys() -> None:
    assert tokenize("Voice=1") == [Token("1", 0, key="voice")]


def test_an_option_value_may_be_quoted_with_spaces() -> None:
    assert tokenize('description="Foo bar" x') == [
        Token("Foo bar", 0, key="description", quoted=True),
        Token("x", 22),
    ]


def test_quoted_and_bare_parts_of_one_word_are_joined() -> None:
    assert tokenize('team="Team A","Team B",C')[0].text == "Team A,Team B,C"


def test_a_quoted_word_with_an_equals_sign_is_not_an_option() -> None:
    assert tokenize('"a=b"') == [Token("a=b", 0, quoted=True)]


def test_an_empty_quoted_word_is_still_a_word() -> None:
    assert tokenize('show ""') == [Token("show", 0), Token("", 5, quoted=True)]


def test_an_unterminated_quote_is_an_error_pointing_at_the_quote() -> None:
    with pytest.raises(CommandSyntaxError) as caught:
        tokenize('create "Chat Heavy type=blended')
    assert caught.value.position == 7
    assert "character 8" in english(caught.value)
    assert '"Chat Heavy' in english(caught.value)


def test_an_escaped_closing_quote_leaves_the_quote_open() -> None:
    with pytest.raises(CommandSyntaxError):
        tokenize('"abc\\"')
