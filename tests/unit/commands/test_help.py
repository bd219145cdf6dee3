from __future__ import annotations

import re

import pytest

from domain.commands.grammar import _READERS, parse
from domain.commands.help import help_text
from domain.commands.model import Command
from domain.commands.syntax import TOPICS
from domain.messages import keys
from tests.support.texts import english

_EXAMPLE = re.compile(r"`([^`]+)`")


def test_every_command_word_has_a_reader_and_a_help_topic() -> None:
    assert set(_READERS) == set(TOPICS)
    for topic in TOPICS:
        assert {f"help.usage.{topic}", f"help.summary.{topic}", f"help.detail.{topic}"} <= keys()


def test_the_overview_lists_every_command_with_its_summary() -> None:
    overview = english(help_text(None))
    for topic in TOPICS:
        assert f"• `{topic}` — " in overview
    assert english(help_text("")) == overview
    assert english(help_text("  ")) == overview


def test_help_create_shows_the_limits_of_each_type() -> None:
    text = english(help_text("create"))
    assert "blended: voice 0 or 1, chat 0–5, email 0–5, social 0–5" in text
    assert "blended_realtime: voice exactly 1, chat 1–5, email 0–5, social 0–5" in text
    assert "exclusive: voice 0 or 1, chat 0 or 1, email 0 or 1, social 0 or 1" in text
    assert "channels=" in text


def test_help_topics_are_case_insensitive_and_take_the_first_word() -> None:
    assert english(help_text("SITE add")) == english(help_text("site"))
    assert english(help_text("site")).startswith("*site*")


def test_an_unknown_topic_says_so_and_shows_the_overview() -> None:
    text = english(help_text("crate"))
    assert text.startswith("There is no command `crate`. Did you mean `create`")
    assert text.endswith(english(help_text(None)))


def test_help_for_agent_explains_team_lists_with_spaces() -> None:
    text = english(help_text("agent"))
    assert 'team="Team A","Team B"' in text
    assert 'team="Team A,Team B"' in text


def _examples(topic: str) -> list[str]:
    # Examples follow "Example:" or "Examples:"; each is a backticked command.
    _, _, examples = english(help_text(topic)).partition("Example")
    return _EXAMPLE.findall(examples)


@pytest.mark.parametrize("topic", TOPICS)
def test_every_example_in_help_parses(topic: str) -> None:
    examples = _examples(topic)
    if topic not in {"report", "import"}:
        assert examples, f"help {topic} shows no example"
    for example in examples:
        assert isinstance(parse(example), Command), example
