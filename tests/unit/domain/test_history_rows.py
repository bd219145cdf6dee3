"""History rows show the values a change recorded as people wrote them."""

from __future__ import annotations

import datetime as dt

from domain.audit import Actor, ActorKind, AuditRecord
from domain.commands.handlers.queries import history_row


def test_a_list_of_unicode_names_reads_as_written_not_as_escapes() -> None:
    record = AuditRecord(
        at=dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC),
        actor=Actor(kind=ActorKind.CLI, id="eva", name="eva"),
        action="agent.add",
        object_type="agent",
        object_name="Kovács Éva",
        after={"teams": ["Ügyfélszolgálat", "Győr éjszaka"], "email": None},
    )
    *_, before, after = history_row(record)
    assert before == "—"
    assert after == 'teams=["Ügyfélszolgálat", "Győr éjszaka"], email=—'
