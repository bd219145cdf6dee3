"""Splitting command text into words, with quotes, escapes and key=value options."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from domain.commands.syntax import CommandSyntaxError, shown

# Slack and macOS turn typed quotes into “smart” ones; all three open and close a quote.
QUOTES = frozenset('"“”')
_ESCAPABLE = QUOTES | {"\\"}
_OPTION_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
# Runs of characters that need no decision, so a word is copied a run at a time: outside
# a quote everything but white space, quotes and backslashes; inside one, also white space.
_PLAIN_RUN = re.compile(r'[^\s"“”\\]+')
_QUOTED_RUN = re.compile(r'[^"“”\\]+')
_NEXT_WORD = re.compile(r"\S")
# The two words most typed, found whole: a plain one, and one quoted part with nothing
# around it (each ends at white space or the end of the text).
_PLAIN_WORD = re.compile(r'[^\s"“”\\=]+(?=\s|$)')
_QUOTED_WORD = re.compile(r'["“”]([^"“”\\]*)["“”](?=\s|$)')
# Control characters other than white space (all of them are below U+00A0).
_CONTROL = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for code in range(0xA0)
        if unicodedata.category(chr(code)) == "Cc" and not chr(code).isspace()
    )
    + "]"
)


class Token(NamedTuple):
    """One word: its text with quotes and escapes resolved, and where it starts in the input."""

    text: str
    position: int
    key: str | None = None
    quoted: bool = False

    @property
    def word(self) -> str:
        """The word as written, less its quotes: `key=value` for an option."""
        return self.text if self.key is None else f"{self.key}={self.text}"

    @property
    def shown(self) -> str:
        """The word as quoted back in a message."""
        if self.key is None and (self.quoted or not self.text):
            return f'"{shown(self.text)}"'
        return shown(self.word)


def tokenize(text: str) -> list[Token]:
    """Split `text` on whitespace into tokens; raise CommandSyntaxError for an unclosed quote.

    A word that starts with `key=` is an option: `key` is kept lower-cased and the text is
    its value. Quoted parts may stand anywhere in a word (`team="Team A","Team B"`); the
    word's text is the parts joined. A backslash escapes a quote or a backslash.
    """
    _refuse_control_characters(text)
    tokens: list[Token] = []
    index = 0
    while start := _NEXT_WORD.search(text, index):
        token, index = _word(text, start.start())
        tokens.append(token)
    return tokens


def _word(text: str, start: int) -> tuple[Token, int]:
    if whole := _PLAIN_WORD.match(text, start):
        return Token(whole.group(), start), whole.end()
    if whole := _QUOTED_WORD.match(text, start):
        return Token(whole.group(1), start, None, True), whole.end()
    key: str | None = None
    index = start
    if match := _OPTION_KEY.match(text, start):
        key, index = match.group()[:-1].lower(), match.end()
    parts: list[str] = []
    quoted = False
    while index < len(text) and not text[index].isspace():
        if run := _PLAIN_RUN.match(text, index):
            parts.append(run.group())
            index = run.end()
        elif _escapes(text, index):
            parts.append(text[index + 1])
            index += 2
        elif text[index] in QUOTES:
            quoted = True
            index = _quoted_part(text, index, parts)
        else:  # a backslash that escapes nothing stands for itself
            parts.append(text[index])
            index += 1
    return Token("".join(parts), start, key, quoted), index


def _quoted_part(text: str, opening: int, parts: list[str]) -> int:
    """Append the text inside the quote at `opening` to `parts`; return the index after it."""
    index = opening + 1
    while index < len(text):
        if run := _QUOTED_RUN.match(text, index):
            parts.append(run.group())
            index = run.end()
        elif _escapes(text, index):
            parts.append(text[index + 1])
            index += 2
        elif text[index] in QUOTES:
            return index + 1
        else:
            parts.append(text[index])
            index += 1
    raise CommandSyntaxError(
        "grammar.unterminated_quote", position=opening, at=opening + 1, rest=shown(text[opening:])
    )


def _escapes(text: str, index: int) -> bool:
    """Whether the character at `index` is a backslash escaping a quote or a backslash."""
    return text[index] == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE


def _refuse_control_characters(text: str) -> None:
    # No name, value or channel may hold one, and PostgreSQL refuses NUL outright: stop
    # them here, once, with a message that says which one and where.
    if found := _CONTROL.search(text):
        index = found.start()
        raise CommandSyntaxError(
            "grammar.control_character",
            position=index,
            character=f"U+{ord(text[index]):04X}",
            at=index + 1,
        )
