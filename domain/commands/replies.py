"""What a command answers, independent of where it is shown (terminal or Slack)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from domain.messages import reading, t
from domain.ports import UnitOfWork
from domain.services.workspaces import current


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

    def as_text(self, *, formatted_table: str | None = None) -> str:
        """Plain text: headline, details, then the table in aligned columns (pass it if it
        was already formatted, to save doing it again)."""
        parts = [self.headline, *self.details]
        if formatted_table is not None:
            parts.append(formatted_table)
        elif self.table is not None:
            parts.append(format_table(self.table))
        return "\n".join(part for part in parts if part)


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


def channel_notice(uow: UnitOfWork, key: str, /, **params: object) -> str:
    """A change notice in the workspace's language: it is posted to a channel, not to the caller."""
    with reading(current(uow).language):
        return t(key, **params)
