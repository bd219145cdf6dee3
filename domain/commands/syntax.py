"""Syntax errors of the command grammar, and the usage lines they quote."""

from __future__ import annotations

from collections.abc import Sequence

from domain.errors import DomainError, quoted_words
from domain.messages import Indented, Text, lines, msg
from domain.names import closest

# Every command word, in the order help lists them; site, team and agent take a subcommand.
TOPICS: tuple[str, ...] = (
    "help",
    "list",
    "show",
    "create",
    "edit",
    "activate",
    "deactivate",
    "delete",
    "assign",
    "unassign",
    "effective",
    "usage",
    "history",
    "replace",
    "report",
    "site",
    "team",
    "agent",
    "settings",
    "import",
    "language",
)
_SHOWN_MAX = 40


def usage_of(topic: str) -> Text:
    """The usage lines of a command word, one form per line."""
    return msg(f"help.usage.{topic}")


def usage_block(usage: Text) -> Text:
    """Usage lines as shown under an error or in help: indented, one form per line."""
    return msg("grammar.usage", usage=Indented(usage))


def shown(text: str) -> str:
    """User text as quoted back in a message: cut short, invisible characters made visible."""
    cut = text if len(text) <= _SHOWN_MAX else text[:_SHOWN_MAX] + "…"
    return "".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in cut)


def listed(words: Sequence[str]) -> str:
    """Allowed words as listed in a message: 'a, b, c'."""
    return ", ".join(words)


class CommandSyntaxError(DomainError):
    """The text is not a command of the grammar (SPEC §3); nothing was run.

    `position` is the index in the original text of the word at fault (its end when
    something is missing), or None; `usage` holds the usage lines of the command word,
    empty when the error is not about one command.
    """

    def __init__(
        self,
        key: str,
        /,
        *,
        usage: Text | None = None,
        position: int | None = None,
        **params: object,
    ) -> None:
        self.key = key
        self.usage = usage
        self.position = position
        super().__init__(**params)

    @property
    def text(self) -> Text:
        said = super().text
        return lines(said, usage_block(self.usage)) if self.usage else said


class UnknownCommand(CommandSyntaxError):
    """A command word (or a subcommand of site, team or agent) that the grammar does not have.

    Frontends answer it with help: `topic` is the help topic to show (None for the overview)
    and `suggestions` the closest known words, best first.
    """

    def __init__(
        self, word: str, *, candidates: Sequence[str], position: int, topic: str | None = None
    ) -> None:
        self.word = word
        self.topic = topic
        self.suggestions = tuple(closest(word, candidates))
        names = quoted_words([f"{topic} {s}" if topic else s for s in self.suggestions])
        hint = msg("error.did_you_mean", names=names) if self.suggestions else ""
        key = "grammar.unknown_subcommand" if topic else "grammar.unknown_command"
        super().__init__(
            key,
            usage=usage_of(topic) if topic else None,
            position=position,
            word=shown(word),
            verb=topic or "",
            hint=hint,
            allowed=listed(candidates),
        )
