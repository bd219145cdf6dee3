"""Several replicas answering the very first commands of a new workspace at the same moment."""

from __future__ import annotations

from domain.audit import Actor
from domain.commands.grammar import parse
from domain.profiles import DEFAULT_PROFILE_NAME
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.races.concurrency import run_together
from tests.support.commands import run

NEW_WORKSPACE = "TFRESH"
REPLICAS = 4


def test_concurrent_first_use_creates_one_workspace_with_one_default_profile(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    outcomes = run_together(
        *[lambda: ensure_workspace(uow_factory, NEW_WORKSPACE) for _ in range(REPLICAS)]
    )
    assert [o.error for o in outcomes] == [None] * REPLICAS
    assert uow_factory.workspace_ids() == [NEW_WORKSPACE]
    reader = Actor(kind="slack", id="U1", name="u1")
    reply = run(
        parse("list all"),
        factory=uow_factory,
        workspace_id=NEW_WORKSPACE,
        actor=reader,
        is_admin=False,
    )
    assert reply.as_text().count(DEFAULT_PROFILE_NAME) == 1
