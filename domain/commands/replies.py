"""What a command answers, independent of where it is shown (terminal or Slack)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from domain.commands.offers import Offer
from domain.commands.pages import Paging
from domain.messages import t


class Table(BaseModel):
    """Rows under column headings; `total` is set when only the first rows are included."""

    model_config = ConfigDict(frozen=True)

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int | None = None

    @property
    def hidden(self) -> int:
        return 0 if self.total is None else max(0, self.total - len(self.rows))


class Reply(BaseModel):
    """A headline, optional detail lines and an optional table.

    `notice` is the one-line change notice for the audit channel; set only when the
    command changed something.
    """

    model_config = ConfigDict(frozen=True)

    headline: str
    details: tuple[str, ...] = ()
    table: Table | None = None
    notice: str | None = None
    paging: Paging | None = None
    """Set on one page of a longer answer: where it is, and the commands for the others."""
    offers: tuple[Offer, ...] = ()
    """Next steps about what the answer shows (Slack shows them as buttons)."""

    def as_text(self, *, formatted_table: str | None = None) -> str:
        """Plain text: headline, details, then the table in aligned columns (pass it if it
        was already formatted, to save doing it again)."""
        parts = [self.headline, *self.details]
        if formatted_table is not None:
            parts.append(formatted_table)
        elif self.table is not None:
            parts.append(format_table(self.table))
        parts += paging_lines(self.paging)
        return "\n".join(part for part in parts if part)


def paging_lines(paging: Paging | None) -> list[str]:
    """'Page 2 of 9 (26–50 of 210).' and the commands for the next and previous pages."""
    if paging is None:
        return []
    lines = [
        t(
            "page.position",
            number=paging.number,
            pages=paging.pages,
            first=paging.first,
            last=paging.last,
            total=paging.total,
        )
    ]
    if paging.next_command:
        lines.append(t("page.next", command=paging.next_command))
    if paging.previous_command:
        lines.append(t("page.previous", command=paging.previous_command))
    return lines


def format_table(table: Table) -> str:
    """Columns padded to their widest cell; an 'and N more' line when rows were cut."""
    if not table.rows:
        return ""
    widths = [
        max(len(row[i]) for row in (table.columns, *table.rows)) for i in range(len(table.columns))
    ]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    lines = [
        line(table.columns),
        line(tuple("-" * w for w in widths)),
        *(line(row) for row in table.rows),
    ]
    if table.hidden:
        lines.append(t("reply.and_more", count=table.hidden))
    return "\n".join(lines)
