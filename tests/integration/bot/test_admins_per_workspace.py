"""Administrators are decided per workspace: its own settings, Slack's answer for that team."""

from __future__ import annotations

import pytest

from bot.admins import AdminDirectory, AdminRule
from bot.config import BotConfig
from bot.tenancy import admin_rules
from cli.main import main
from domain.audit import Actor, ActorKind
from domain.commands import model as m
from domain.errors import NotAdministrator
from domain.services.workspaces import ensure_workspace
from slackkit.client import make_web_client
from storage.uow import SqlUnitOfWorkFactory
from tests.support.commands import run
from tests.support.slack_standin import Canned, SlackStandIn

SLACK_ADMIN = {"ok": True, "user": {"id": "U1", "is_admin": True}}


def test_a_slack_admin_of_one_workspace_is_not_taken_for_an_admin_of_another(
    standin: SlackStandIn,
) -> None:
    standin.script("users.info", Canned(body=SLACK_ADMIN))  # TA says admin, TB (default) not
    directory = AdminDirectory(lambda _workspace: AdminRule())
    client = make_web_client("xoxb-test", standin.api_url)
    assert directory.is_admin(client, "TA", "U1")
    assert not directory.is_admin(client, "TB", "U1")
    assert directory.is_admin(client, "TA", "U1")  # from the cache of (TA, U1)
    assert [call.params["team_id"] for call in standin.calls_to("users.info")] == ["TA", "TB"]


def test_a_workspace_user_group_is_asked_for_with_the_workspaces_team_id(
    standin: SlackStandIn,
) -> None:
    standin.set_default("usergroups.users.list", {"ok": True, "users": ["U2"]})
    rules = {"TA": AdminRule(group="S0A"), "TB": AdminRule()}
    directory = AdminDirectory(rules.__getitem__)
    client = make_web_client("xoxb-test", standin.api_url)
    assert directory.is_admin(client, "TA", "U2")
    assert not directory.is_admin(client, "TB", "U2")
    (asked,) = standin.calls_to("usergroups.users.list")
    assert asked.params == {"usergroup": "S0A", "team_id": "TA"}


def test_a_workspaces_own_administrators_replace_the_configured_defaults(
    uow_factory: SqlUnitOfWorkFactory, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_workspace(uow_factory, "TA")
    ensure_workspace(uow_factory, "TB")
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["workspace", "admins", "TA", "--users", "UOWN1,WOWN2", "--group", "S0OWN"]) == 0
    config = BotConfig(admin_users=frozenset({"UENV"}), admin_group="S0ENV")
    rule_for = admin_rules(AdminRule(config.admin_users, config.admin_group), uow_factory)
    assert rule_for("TA") == AdminRule(frozenset({"UOWN1", "WOWN2"}), "S0OWN")
    assert rule_for("TB") == AdminRule(frozenset({"UENV"}), "S0ENV")
    with uow_factory("TA", write=False) as uow:
        assert uow.audit.latest(limit=1)[0].action == "settings.change"


def test_an_administrator_id_that_is_not_a_slack_id_is_refused_with_what_is_allowed(
    uow_factory: SqlUnitOfWorkFactory,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ensure_workspace(uow_factory, "TA")
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["workspace", "admins", "TA", "--users", "@eva"]) == 1
    err = capsys.readouterr().err
    assert "'@eva' is not a Slack id" in err
    assert "UW" in err
    with uow_factory("TA", write=False) as uow:
        workspace = uow.workspaces.get()
    assert workspace is not None
    assert workspace.admin_users == ()


def test_workspace_add_and_list_create_on_purpose_and_say_which_are_installed(
    uow_factory: SqlUnitOfWorkFactory,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SLACK_CLIENT_ID", "1111.2222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "secret")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["workspace", "add", "TNEW"]) == 0
    assert main(["workspace", "add", "TNEW"]) == 0
    assert main(["workspace", "list"]) == 0
    out = capsys.readouterr().out
    assert "Workspace TNEW created." in out
    assert "exists already" in out
    assert "TNEW\tnot installed" in out
    assert uow_factory.workspace_ids() == ["TNEW"]


def test_no_slack_user_can_name_administrators_even_an_administrator(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    ensure_workspace(uow_factory, "TA")
    admin = Actor(kind=ActorKind.SLACK, id="UADMIN", name="UADMIN")
    with pytest.raises(NotAdministrator):
        run(
            m.SetWorkspaceAdmins(users=("UADMIN",)),
            factory=uow_factory,
            workspace_id="TA",
            actor=admin,
            is_admin=True,
        )
    with uow_factory("TA", write=False) as uow:
        workspace = uow.workspaces.get()
        (refused,) = uow.audit.latest(limit=1)
    assert workspace is not None
    assert workspace.admin_users == ()
    assert refused.action == "refused"
    assert refused.actor == admin
