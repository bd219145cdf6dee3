"""Child process of the SIGKILL test: adds agents, memberships and audit
records (thousands of rows) in ONE transaction.

It prints MID on stdout once MMBOT_CHILD_MID agents are written (uncommitted) and keeps
going; the test kills it with SIGKILL then. Committing happens only after every row,
which the test never lets it reach.
"""

from __future__ import annotations

import os
import sys

from sqlalchemy import text

from domain.audit import Actor
from domain.services import org
from storage.bootstrap import open_store

WORKSPACE = "local"
ACTOR = Actor(kind="cli", id="bulk", name="bulk")


def main() -> int:
    rows = int(os.environ["MMBOT_CHILD_ROWS"])
    mid = int(os.environ["MMBOT_CHILD_MID"])
    factory = open_store(os.environ["DATABASE_URL"])
    with factory(WORKSPACE) as uow:
        if uow.session.get_bind().dialect.name == "sqlite":
            # A tiny page cache makes SQLite spill uncommitted pages into the WAL mid-way,
            # the hard case for recovery after the kill.
            uow.session.execute(text("PRAGMA cache_size = 8"))
        for number in range(rows):
            org.add_agent(uow, ACTOR, f"Bulk {number}", ["Desk"], email=f"b{number}@example.com")
            if number == mid:
                print("MID", flush=True)
        uow.commit()
    print("COMMITTED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
