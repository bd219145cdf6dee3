"""The words and key=value options after a command word, read by that command's rules."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from domain.commands.syntax import CommandSyntaxError, UnknownCommand, listed, shown
from domain.commands.tokens import Token
from domain.messages import Text, msg

E = TypeVar("E", bound=StrEnum)


class Arguments:
    """What follows a command word; every reader raises CommandSyntaxError naming the word."""

    def __init__(self, label: str, usage: Text, tokens: Sequence[Token], end: int) -> None:
        self.label, self.usage, self.end = label, usage, end
        self.words = [token for token in tokens if token.key is None]
        self.options: dict[str, Token] = {}
        for token in tokens:
            if token.key is None:
                continue
            if token.key in self.options:
                raise self.error("grammar.duplicate_option", token, option=token.key)
            self.options[token.key] = token

    def error(self, key: str, token: Token | None, **params: object) -> CommandSyntaxError:
        """A syntax error at `token` (at the end of the text when None), with this usage."""
        position = self.end if token is None else token.position
        return CommandSyntaxError(
            key, usage=self.usage, position=position, verb=self.label, **params
        )

    @property
    def empty(self) -> bool:
        return not self.words and not self.options

    def subcommand(self, allowed: Sequence[str]) -> tuple[str, Arguments]:
        """The first word as one of `allowed` (case-insensitive), and the arguments after it."""
        if not self.words:
            raise self.error("grammar.missing_subcommand", None, allowed=listed(allowed))
        first = self.words[0]
        word = first.text.lower()
        if first.quoted or word not in allowed:
            raise UnknownCommand(
                first.text, candidates=allowed, position=first.position, topic=self.label
            )
        rest = [*self.words[1:], *self.options.values()]
        return word, Arguments(f"{self.label} {word}", self.usage, rest, self.end)

    def expect(self, words: int, options: Sequence[str] = ()) -> None:
        """Refuse options other than `options` and words beyond the first `words`."""
        for key, token in self.options.items():
            if key not in options:
                if options:
                    raise self.error(
                        "grammar.unknown_option", token, option=key, allowed=listed(options)
                    )
                raise self.error("grammar.no_options", token, option=key)
        if len(self.words) > words:
            extra = self.words[words]
            raise self.error("grammar.extra_word", extra, word=extra.shown)

    def word(self, index: int, what: str) -> str:
        """The word at `index`, which must be there; `what` names it (grammar.what.<what>)."""
        if index >= len(self.words):
            raise self.error("grammar.missing_word", None, what=msg(f"grammar.what.{what}"))
        return self.words[index].text

    def word_choice(self, index: int, what: str, allowed: Sequence[E]) -> E:
        """The word at `index` as one of `allowed`, case-insensitive."""
        self.word(index, what)
        token = self.words[index]
        for member in allowed:
            if token.text.lower() == member.value:
                return member
        values = listed([member.value for member in allowed])
        what_text = msg(f"grammar.what.{what}")
        raise self.error(
            "grammar.bad_word", token, word=token.shown, what=what_text, allowed=values
        )

    def text(self, key: str, *, may_be_empty: bool = False) -> str | None:
        """The value of option `key`, or None when it is not given."""
        token = self.options.get(key)
        if token is None:
            return None
        if not token.text and not may_be_empty:
            raise self.error("grammar.empty_value", token, option=key)
        return token.text

    def required(self, key: str, example: str) -> str:
        """The value of option `key`, which must be given."""
        value = self.text(key)
        if value is None:
            raise self.missing(key, example)
        return value

    def missing(self, key: str, example: str) -> CommandSyntaxError:
        """The error for a required option `key` that is not given; `example` shows one."""
        return self.error("grammar.missing_option", None, option=key, example=example)

    def value_error(self, key: str, message_key: str, **params: object) -> CommandSyntaxError:
        """A syntax error about the value of option `key`, which was given."""
        token = self.options[key]
        return self.error(message_key, token, option=key, value=shown(token.text), **params)
