"""CSV agent rows (`name,email,slack,teams,profile`): read with line numbers, limited in size."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass

from domain.errors import DomainError
from domain.messages import msg
from domain.transfer.document import ExportAgent
from domain.transfer.plan_agents import AgentInput
from domain.transfer.problems import ImportRefused, Problem

MAX_ROWS = 5000
COLUMNS = ("name", "email", "slack", "teams", "profile")
REQUIRED = ("name", "teams")
TEAM_SEPARATOR = ";"


class TooManyRows(DomainError):
    """Reading stopped at the first row past the limit: how many more there are is not known."""

    key = "transfer.too_many_rows"

    def __init__(self) -> None:
        super().__init__(limit=MAX_ROWS)


class BadHeader(DomainError):
    key = "transfer.bad_header"

    def __init__(self, found: str) -> None:
        super().__init__(found=found, expected=",".join(COLUMNS))


# A line with its ending (\r\n, \r or \n), or the last line without one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The text's lines one at a time, as a StringIO(newline="") would give them, uncopied."""
    for match in _LINE.finditer(text):
        yield match.group()


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on; fully empty lines are skipped."""
    reader = csv.reader(_lines(text))
    next_line = 1
    for record in reader:
        line, next_line = next_line, reader.line_num + 1
        if any(cell.strip() for cell in record):
            yield line, record


def _columns(header: list[str]) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown or len(set(names)) != len(names) or any(c not in names for c in REQUIRED):
        raise BadHeader(",".join(cell.strip() for cell in header))
    return {name: position for position, name in enumerate(names)}


@dataclass(frozen=True)
class AgentRows:
    """The agent rows read from a CSV text, and the rows that could not be read at all."""

    inputs: tuple[AgentInput, ...]
    problems: tuple[Problem, ...]


def _limited_records(text: str) -> tuple[list[str], dict[str, int], list[tuple[int, list[str]]]]:
    """The header and at most MAX_ROWS rows; reading stops at the first row past the limit."""
    records = _records(text.removeprefix("\ufeff"))
    try:
        first = next(records, None)
        if first is None:
            raise BadHeader("")
        header = first[1]
        columns = _columns(header)
        rows: list[tuple[int, list[str]]] = []
        for record in records:
            if len(rows) == MAX_ROWS:
                raise TooManyRows()
            rows.append(record)
    except csv.Error as error:
        raise ImportRefused(
            [Problem(msg("transfer.where_csv"), msg("transfer.bad_csv", problem=str(error)))]
        ) from None
    return header, columns, rows


def parse_agent_csv(text: str) -> AgentRows:
    """Agent rows of a CSV text, each with its line number; a bad header or size is refused at once.

    Rows are read one at a time and the text is never copied, so a file of a million rows
    is refused after reading MAX_ROWS + 1 of them.
    """
    header, columns, rows = _limited_records(text)
    inputs: list[AgentInput] = []
    problems: list[Problem] = []
    for line, record in rows:
        if len(record) > len(header):
            text_ = msg("transfer.too_many_cells", count=len(record), expected=len(header))
            problems.append(Problem.on_line(line, text_))
            continue
        cells = record + [""] * (len(header) - len(record))

        def cell(column: str, cells: list[str] = cells) -> str:
            return cells[columns[column]].strip() if column in columns else ""

        agent = ExportAgent(
            name=cell("name"),
            email=cell("email") or None,
            slack=cell("slack") or None,
            teams=tuple(x.strip() for x in cell("teams").split(TEAM_SEPARATOR) if x.strip()),
            profile=cell("profile") or None,
        )
        inputs.append(AgentInput(msg("transfer.where_line", line=line), line, agent))
    return AgentRows(tuple(inputs), tuple(problems))
