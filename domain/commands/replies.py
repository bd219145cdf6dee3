"""What a command answers, independent of where it is shown (terminal or Slack).

Everything a user reads is a `Text` (a key and parameters) or plain data (a name); the
edge renders it in the reader's language.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from domain.messages import Text, Translator

Cell = Text | str


class Table(BaseModel):
    """Rows under column headings; `total` is set when only the first rows are included."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    columns: tuple[Text, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: int | None = None

    @property
    def hidden(self) -> int:
        return 0 if self.total is None else max(0, self.total - len(self.rows))


class Reply(BaseModel):
    """A headline, optional detail lines and an optional table.

    `notice` is the one-line change notice of a command that changed something; the
    application entry publishes it as an event after the commit.
    """

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    headline: Text
    details: tuple[Text, ...] = ()
    table: Table | None = None
    notice: Text | None = None

    def as_text(self, tr: Translator) -> str:
        """Plain text: headline, details, then the table in aligned columns."""
        parts = [tr.text(self.headline), *(tr.text(line) for line in self.details)]
        if self.table is not None:
            parts.append(format_table(self.table, tr))
        return "\n".join(part for part in parts if part)


def format_table(table: Table, tr: Translator) -> str:
    """Columns padded to their widest cell; an 'and N more' line when rows were cut."""
    if not table.rows:
        return ""
    header = tuple(tr.text(column) for column in table.columns)
    rows = [tuple(tr.text(cell) for cell in row) for row in table.rows]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    lines = [line(header), line(tuple("-" * w for w in widths)), *(line(row) for row in rows)]
    if table.hidden:
        lines.append(tr("reply.and_more", count=table.hidden))
    return "\n".join(lines)
