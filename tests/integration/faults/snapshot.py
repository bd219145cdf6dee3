"""Every row of every table, to compare a database before and after a failure."""

from __future__ import annotations

from sqlalchemy import Engine, select

from storage.engine import WRITE_OPTION
from storage.tables import Base

Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(engine: Engine) -> Snapshot:
    """All rows of all mmbot tables, in primary-key order."""
    rows: Snapshot = {}
    # A reading transaction, so a snapshot can be taken while another connection writes.
    with engine.execution_options(**{WRITE_OPTION: False}).connect() as connection:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            rows[table.name] = [tuple(row) for row in connection.execute(query)]
    return rows
