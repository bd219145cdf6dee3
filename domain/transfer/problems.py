"""Everything wrong with an import, each problem with where it is (a CSV line or a document item)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.errors import DomainError, FieldError
from domain.messages import Lines, Text, msg

# How many problems a one-message refusal quotes; the full list is on `problems`.
QUOTED_PROBLEMS = 20


@dataclass(frozen=True)
class Problem:
    """One reason an import is refused; `line` is set for CSV rows (1 is the header)."""

    where: Text
    text: Text
    line: int | None = None

    @classmethod
    def on_line(cls, line: int, text: Text) -> Problem:
        return cls(msg("transfer.where_line", line=line), text, line)

    @property
    def message(self) -> Text:
        return msg("transfer.problem", where=self.where, text=self.text)


def texts(error: DomainError) -> list[Text]:
    """The sentences of a refusal: one per field error, or the error's own text."""
    fields: Sequence[FieldError] = error.field_errors
    return [f.text for f in fields] if fields else [error.text]


class ImportRefused(DomainError):
    """The import was validated and refused as a whole; nothing was written."""

    key = "transfer.refused"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.line is None, p.line or 0)))
        shown = self.problems[:QUOTED_PROBLEMS]
        hidden = len(self.problems) - len(shown)
        more = msg("transfer.more_problems", count=hidden) if hidden else ""
        super().__init__(
            count=len(self.problems),
            details=Lines(tuple(p.message for p in shown), bullet=True),
            more=more,
        )

    @property
    def headline(self) -> Text:
        """The first line of the refusal, without the problems."""
        return msg("transfer.refused_headline", count=len(self.problems))

    def all_lines(self) -> list[Text]:
        """Every problem as one line, none left out."""
        return [p.message for p in self.problems]
