"""What a command answers, independent of where it is shown (terminal or Slack).

Everything a user reads is a `Text` (a key and parameters) or plain data (a name); the
edge renders it in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.commands.offers import Offer
from domain.commands.pages import Paging
from domain.messages import Text, Translator, msg

Cell = Text | str


@dataclass(frozen=True, kw_only=True)
class Table:
    """Rows under column headings; `total` is set when only the first rows are included.

    A plain frozen dataclass: every reply of every command builds one, and what goes in it
    was made by the domain (a pydantic model validated it again on each command)."""

    columns: tuple[Text, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: int | None = None

    @property
    def hidden(self) -> int:
        return 0 if self.total is None else max(0, self.total - len(self.rows))


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A headline, optional detail lines and an optional table.

    `notice` is the one-line change notice of a command that changed something; the
    application entry publishes it as an event after the commit.
    """

    headline: Text
    details: tuple[Text, ...] = ()
    table: Table | None = None
    notice: Text | None = None
    paging: Paging | None = None
    """Set on one page of a longer answer: where it is, and the commands for the others."""
    offers: tuple[Offer, ...] = ()
    """Next steps about what the answer shows (Slack shows them as buttons)."""

    def as_text(self, tr: Translator, *, formatted_table: str | None = None) -> str:
        """Plain text: headline, details, the table in aligned columns, then where a page is
        (pass `formatted_table` when it was already formatted with `tr`, to save doing it again)."""
        parts = [tr.text(self.headline), *(tr.text(line) for line in self.details)]
        if formatted_table is not None:
            parts.append(formatted_table)
        elif self.table is not None:
            parts.append(format_table(self.table, tr))
        parts += [tr.text(line) for line in paging_lines(self.paging)]
        return "\n".join(part for part in parts if part)


def paging_lines(paging: Paging | None) -> list[Text]:
    """'Page 2 of 9 (26–50 of 210).' and the commands for the next and previous pages."""
    if paging is None:
        return []
    lines = [
        msg(
            "page.position",
            number=paging.number,
            pages=paging.pages,
            first=paging.first,
            last=paging.last,
            total=paging.total,
        )
    ]
    if paging.next_command:
        lines.append(msg("page.next", command=paging.next_command))
    if paging.previous_command:
        lines.append(msg("page.previous", command=paging.previous_command))
    return lines


def _cell_text(tr: Translator) -> Callable[[Cell], str]:
    """Renders cells with `tr`; a text without parameters (a state, a kind) is rendered once
    per table, not once per row."""
    rendered: dict[str, str] = {}

    def text(cell: Cell) -> str:
        if isinstance(cell, str):
            return tr.escape(cell)
        if cell.params:
            return tr.text(cell)
        found = rendered.get(cell.key)
        if found is None:
            found = rendered[cell.key] = tr.text(cell)
        return found

    return text


def format_table(table: Table, tr: Translator) -> str:
    """Columns padded to their widest cell; an 'and N more' line when rows were cut."""
    if not table.rows:
        return ""
    header = tuple(tr.text(column) for column in table.columns)
    text = _cell_text(tr)
    rows = [tuple(map(text, row)) for row in table.rows]
    if any(len(row) != len(header) for row in rows):
        raise ValueError("a table row has more or fewer cells than the table has columns")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    # One row template per table: each cell left-aligned to its column's width (what
    # str.ljust does), two spaces between columns, trailing blanks dropped.
    template = "  ".join(f"{{:<{width}}}" for width in widths)
    separator = tuple("-" * w for w in widths)
    lines = [template.format(*cells).rstrip() for cells in (header, separator, *rows)]
    if table.hidden:
        lines.append(tr("reply.and_more", count=table.hidden))
    return "\n".join(lines)
