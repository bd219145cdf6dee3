"""A CSV of a million rows is refused after reading the first row past the limit, not whole."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from domain.transfer.csv_agents import MAX_ROWS, TooManyRows, parse_agent_csv
from tests.support.texts import english

HEADER = "name,email,slack,teams,profile\n"
MILLION = 1_000_000


def million_rows() -> str:
    row = "Agent {:07d},agent{:07d}@example.com,U{:07d},Tier 1;Tier 2,Chat Heavy\r\n"
    return HEADER + "".join(row.format(n, n, n) for n in range(MILLION))


def test_a_million_row_csv_is_refused_quickly_with_little_memory_and_the_limit_message() -> None:
    text = million_rows()

    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TooManyRows) as refused:
            parse_agent_csv(text)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert f"more than {MAX_ROWS:,} agent rows" in english(refused.value.text)
    # Parsing it whole took 708 MB; reading 5,001 rows takes a few, whatever the text's size.
    assert peak < len(text) // 20, f"peak {peak:,} bytes for a text of {len(text):,}"
    assert elapsed < 5, f"{elapsed:.1f} s"


def test_rows_are_read_with_their_line_numbers_whatever_the_line_endings() -> None:
    text = HEADER + "Ann,,,Tier 1,\r\n\nBob,,,Tier 1,\r" + '"Cy\nDe",,,Tier 1,\n' + "Ed,,,T,"

    rows = parse_agent_csv(text)

    assert [(i.line, i.item.name) for i in rows.inputs] == [
        (2, "Ann"),
        (4, "Bob"),
        (5, "Cy\nDe"),
        (7, "Ed"),
    ]


def test_exactly_the_limit_is_read_and_one_more_row_is_refused() -> None:
    assert len(parse_agent_csv(HEADER + "a,,,t,\n" * MAX_ROWS).inputs) == MAX_ROWS
    with pytest.raises(TooManyRows):
        parse_agent_csv(HEADER + "a,,,t,\n" * MAX_ROWS + "\n\nb,,,t,")
