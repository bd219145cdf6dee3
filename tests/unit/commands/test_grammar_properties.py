from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.commands.grammar import parse
from domain.commands.model import Command, CreateProfile
from domain.commands.syntax import TOPICS, CommandSyntaxError
from domain.profiles import Channel, ProfileType
from tests.support.texts import english

_PIECES = st.sampled_from(
    [
        *TOPICS,
        "add", "list", "remove", "teams", "site", "team", "agent", "all",
        "type=", "voice=", "channels=", "team=", "slack=", "report_channel=", "multimedia=",
        "blended", "exclusive", "1", "-1", "on", "x", ",", "=", '"', "“", "”", "\\", "<@U1|a>",
        "<#C1>", "#", "@", " ", "\t", "\x00", "é", "\u2028",
    ]
)  # fmt: skip
_COMMANDISH = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=12).map("".join)
_HUGE = st.builds(
    lambda start, piece, times: start + piece * times,
    _COMMANDISH,
    st.one_of(_PIECES, st.text(max_size=8)),
    st.integers(0, 20_000),
)


def _outcome(text: str) -> Command | CommandSyntaxError:
    try:
        return parse(text)
    except CommandSyntaxError as error:
        return error


@settings(max_examples=400)
@given(st.one_of(st.text(), _COMMANDISH, _HUGE))
def test_any_text_parses_to_a_command_or_a_syntax_error(text: str) -> None:
    outcome = _outcome(text)
    if isinstance(outcome, CommandSyntaxError):
        assert isinstance(english(outcome), str)
        assert outcome.position is None or 0 <= outcome.position <= len(text)
    else:
        assert isinstance(outcome, Command)


_NAME_CHARACTERS = string.ascii_letters + string.digits + ' -_"\\“”=,'
_QUOTES = st.sampled_from([('"', '"'), ("“", "”"), ("”", "”")])


def _quoted(text: str, quotes: tuple[str, str]) -> str:
    escaped = "".join(f"\\{c}" if c in '"\\“”' else c for c in text)
    return f"{quotes[0]}{escaped}{quotes[1]}"


@st.composite
def _create_commands(draw: st.DrawFn) -> tuple[str, CreateProfile]:
    name = draw(st.text(_NAME_CHARACTERS, max_size=30))
    profile_type = draw(st.sampled_from(list(ProfileType)))
    fields: dict[str, object] = {"type": profile_type}
    written = {"type": profile_type.value}
    for channel in Channel:
        if draw(st.booleans()):
            count = draw(st.integers(-999_999_999, 999_999_999))
            fields[channel.value], written[channel.value] = count, str(count)
    if draw(st.booleans()):
        description = draw(st.text(_NAME_CHARACTERS, max_size=60))
        fields["description"] = description
        written["description"] = _quoted(description, draw(_QUOTES))
    channels = draw(st.lists(st.sampled_from(list(Channel)), unique=True))
    if channels:
        fields["channels"], written["channels"] = tuple(channels), ",".join(channels)
    words = [f"{draw(st.sampled_from([k, k.upper()]))}={v}" for k, v in written.items()]
    words = draw(st.permutations(words))
    words.insert(draw(st.integers(0, len(words))), _quoted(name, draw(_QUOTES)))
    separator = draw(st.sampled_from([" ", "  ", "\t", "\u00a0"]))
    return "create" + separator + separator.join(words), CreateProfile(name=name, **fields)


@settings(max_examples=300)
@given(_create_commands())
def test_generated_create_commands_parse_back_to_their_values(
    case: tuple[str, CreateProfile],
) -> None:
    text, expected = case
    assert parse(text) == expected
