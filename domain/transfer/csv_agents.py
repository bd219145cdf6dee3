"""CSV agent rows (`name,email,slack,teams,profile`): read with line numbers, limited in size."""

from __future__ import annotations

import csv
import io
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
    key = "transfer.too_many_rows"

    def __init__(self, rows: int) -> None:
        super().__init__(rows=rows, limit=MAX_ROWS)


class BadHeader(DomainError):
    key = "transfer.bad_header"

    def __init__(self, found: str) -> None:
        super().__init__(found=found, expected=",".join(COLUMNS))


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on; fully empty lines are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""))
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


def parse_agent_csv(text: str) -> AgentRows:
    """Agent rows of a CSV text, each with its line number; a bad header or size is refused at once."""
    try:
        records = list(_records(text.removeprefix("\ufeff")))
    except csv.Error as error:
        raise ImportRefused(
            [Problem(msg("transfer.where_csv"), msg("transfer.bad_csv", problem=str(error)))]
        ) from None
    if not records:
        raise BadHeader("")
    (_, header), rows = records[0], records[1:]
    columns = _columns(header)
    if len(rows) > MAX_ROWS:
        raise TooManyRows(len(rows))
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
