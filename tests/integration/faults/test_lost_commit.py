"""A PostgreSQL connection lost while COMMIT is in flight: the change may be stored, so the user
reads that mmbot could not confirm it and how to check — never "nothing was changed" — and
the change is not run a second time. A database that cannot be reached at all says so."""

from __future__ import annotations

import pytest

from domain.audit import Actor
from domain.commands.grammar import parse
from domain.errors import CommitOutcomeUnknown, StoreUnreachable
from domain.profiles import Profile
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.faults.conftest import CliRunner, Proxied
from tests.integration.faults.snapshot import snapshot
from tests.support.commands import run
from tests.support.texts import english

ADMIN = Actor(kind="cli", id="ops", name="ops")
WORKSPACE = "local"
UNREACHABLE = english(StoreUnreachable())
pytestmark = pytest.mark.postgres


@pytest.fixture
def proxied(proxied_store: Proxied) -> Proxied:
    """The proxied store with the workspace (and its default profile) already made, so the
    COMMITs a test loses are those of its own change."""
    ensure_workspace(proxied_store.direct, WORKSPACE)
    return proxied_store


def _run(factory: SqlUnitOfWorkFactory, text: str) -> str:
    return run(
        parse(text), factory=factory, workspace_id=WORKSPACE, actor=ADMIN, is_admin=True
    ).as_text()


def _stored_profile(factory: SqlUnitOfWorkFactory, name: str) -> Profile | None:
    with factory(WORKSPACE, write=False) as uow:
        return uow.profiles.get_by_name(name)


def _audited(factory: SqlUnitOfWorkFactory, name: str) -> list[str]:
    with factory(WORKSPACE, write=False) as uow:
        return [r.action for r in uow.audit.latest(limit=100) if r.object_name == name]


def test_a_change_whose_commit_answer_is_lost_says_it_could_not_confirm_and_is_stored_once(
    proxied: Proxied,
) -> None:
    _run(proxied.factory, "create Kept type=blended chat=1")
    proxied.proxy.drop_next_commit(after="UPDATE profiles")

    with pytest.raises(CommitOutcomeUnknown) as raised:
        _run(proxied.factory, "edit Kept chat=2")

    answer = english(raised.value)
    assert "could not confirm whether the change was saved" in answer
    assert "`show Kept`" in answer
    assert "nothing was changed" not in answer
    assert proxied.proxy.dropped_commits == 1
    stored = _stored_profile(proxied.direct, "Kept")
    assert stored is not None
    assert (stored.chat, stored.version) == (2, 2)  # stored, and exactly once
    assert _audited(proxied.direct, "Kept") == ["profile.edit", "profile.create"]


def test_after_a_lost_commit_answer_the_suggested_check_answers_on_the_same_store(
    proxied: Proxied,
) -> None:
    proxied.proxy.drop_next_commit(after="INSERT INTO profiles")
    with pytest.raises(CommitOutcomeUnknown) as raised:
        _run(proxied.factory, 'create "Night shift" type=blended chat=1')
    assert raised.value.check == 'show "Night shift"'

    assert "Night shift" in _run(proxied.factory, raised.value.check)


def test_a_lost_commit_answer_of_a_site_change_suggests_its_history(proxied: Proxied) -> None:
    proxied.proxy.drop_next_commit(after="INSERT INTO sites")
    with pytest.raises(CommitOutcomeUnknown) as raised:
        _run(proxied.factory, "site add Budapest")
    assert raised.value.check == "history site Budapest"
    with proxied.direct(WORKSPACE, write=False) as uow:
        assert uow.sites.get_by_name("Budapest") is not None


def test_a_cli_change_whose_commit_answer_is_lost_exits_non_zero_and_says_how_to_check(
    proxied: Proxied, mmbot: CliRunner
) -> None:
    proxied.proxy.drop_next_commit(after="INSERT INTO profiles")

    result = mmbot(proxied.url, "cmd", "create Spare type=blended chat=1")

    assert (result.code, result.out) == (1, "")
    assert "could not confirm whether the change was saved" in result.err
    assert "show Spare" in result.err
    assert "nothing was changed" not in result.err
    assert "Traceback" not in result.err
    assert _stored_profile(proxied.direct, "Spare") is not None
    assert _audited(proxied.direct, "Spare") == ["profile.create"]


def test_a_change_on_a_database_cut_off_says_it_cannot_reach_it_and_stores_nothing(
    proxied: Proxied,
) -> None:
    _run(proxied.factory, "create Kept type=blended chat=1")
    before = snapshot(proxied.direct_engine)
    proxied.proxy.cut()

    with pytest.raises(StoreUnreachable) as raised:
        _run(proxied.factory, "edit Kept chat=2")

    assert english(raised.value) == UNREACHABLE
    assert snapshot(proxied.direct_engine) == before


def test_a_cli_command_on_a_database_cut_off_says_it_cannot_reach_it(
    proxied: Proxied, mmbot: CliRunner
) -> None:
    before = snapshot(proxied.direct_engine)
    proxied.proxy.cut()

    for argv in (("cmd", "list"), ("cmd", "create Spare type=blended chat=1")):
        result = mmbot(proxied.url, *argv)
        assert (result.code, result.out) == (1, ""), argv
        assert result.err.strip() == UNREACHABLE, argv
        assert "Traceback" not in result.err
    assert snapshot(proxied.direct_engine) == before


def test_the_proxy_loses_the_answer_to_a_commit_sent_by_the_extended_protocol_too(
    proxied: Proxied,
) -> None:
    proxied.proxy.drop_next_commit()
    engine = proxied.factory.engine
    with engine.connect() as connection:
        connection.exec_driver_sql("UPDATE workspaces SET report_all_clear = true")
        # psycopg sends a statement run through a cursor as Parse/Bind/Execute/Sync.
        with pytest.raises(Exception, match="closed"):
            connection.exec_driver_sql("COMMIT")
    assert proxied.proxy.dropped_commits == 1
    with proxied.direct_engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT report_all_clear FROM workspaces").scalar()
