"""The running bot: the real WSGI app on a local port, its Web API pointed at the stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from bot.config import BotConfig
from domain.audit import Actor, AuditRecord
from domain.commands.grammar import parse
from domain.profiles import ProfileState
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from tests.support.bot_server import SlackSender, served_app
from tests.support.commands import run
from tests.support.signing import SIGNING_SECRET
from tests.support.slack_standin import SlackStandIn

WORKSPACE = "T1"
ADMIN = "UADMIN"
MEMBER = "UMEMBER"
ADMIN_GROUP = "S0ADMINS"


@dataclass(frozen=True)
class RunningApp:
    slack: SlackSender
    standin: SlackStandIn
    factory: SqlUnitOfWorkFactory


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn() as slack:
        yield slack


def bot_config(standin: SlackStandIn, *, admin_group: str | None = ADMIN_GROUP) -> BotConfig:
    """One workspace with a token, its Web API at the stand-in; UADMIN is an administrator,
    and so are the members of `admin_group`."""
    return BotConfig(
        bot_token="xoxb-test",
        signing_secret=SIGNING_SECRET,
        slack_api_url=standin.api_url,
        admin_users=frozenset({ADMIN}),
        admin_group=admin_group,
    )


@contextmanager
def running(standin: SlackStandIn, factory: SqlUnitOfWorkFactory) -> Iterator[RunningApp]:
    """The app of `bot_config` serving /slack/events on `factory`, in workspace T1."""
    ensure_workspace(factory, WORKSPACE)
    with served_app(bot_config(standin), factory) as base_url:
        yield RunningApp(
            SlackSender(base_url, standin.response_url(), shows=standin.show_ack_answer),
            standin,
            factory,
        )


@pytest.fixture
def running_app(standin: SlackStandIn, uow_factory: SqlUnitOfWorkFactory) -> Iterator[RunningApp]:
    """The app serving /slack/events; UADMIN and the members of S0ADMINS are administrators."""
    with running(standin, uow_factory) as app:
        yield app


SEED = (
    "settings multimedia=on",
    "create Sales type=blended voice=1 chat=2",
    "create Old type=exclusive channels=chat",
    "deactivate Old",
    "site add Budapest profile=Sales",
    "site add Empty",
    "team add Support site=Budapest",
    "team add Cap site=Budapest kind=capacity",
    "agent add Bob team=Support",
)


def seed(factory: SqlUnitOfWorkFactory, *texts: str) -> None:
    """Run commands as a local administrator, to set up a workspace."""
    actor = Actor(kind="cli", id="seed", name="seed")
    for text in texts:
        run(parse(text), factory=factory, workspace_id=WORKSPACE, actor=actor, is_admin=True)


@pytest.fixture
def seeded_app(running_app: RunningApp) -> RunningApp:
    """The running app with multimedia on, two profiles, two sites, two teams and an agent."""
    seed(running_app.factory, *SEED)
    return running_app


def state_of(factory: SqlUnitOfWorkFactory) -> dict[str, object]:
    """Everything a change could touch, except the audit trail."""
    with factory(WORKSPACE, write=False) as uow:
        return {
            "profiles": [p.model_dump() for p in uow.profiles.list(ProfileState.ALL)],
            "sites": [s.model_dump() for s in uow.sites.list()],
            "teams": [t.model_dump() for t in uow.teams.list()],
            "agents": [a.model_dump() for a in uow.agents.list()],
            "workspace": uow.workspaces.get(),
        }


def latest_audit(factory: SqlUnitOfWorkFactory) -> AuditRecord:
    with factory(WORKSPACE, write=False) as uow:
        return uow.audit.latest(limit=1)[0]


def answered_text(standin: SlackStandIn, count: int = 1) -> str:
    """The fallback text of the `count`-th ephemeral answer sent to the response_url."""
    call = standin.wait_for("response_url", count, timeout=15)[count - 1]
    assert call.params.get("response_type") == "ephemeral"
    return str(call.params["text"])


def opened_view(standin: SlackStandIn, count: int = 1) -> dict[str, Any]:
    """The view the app passed to its `count`-th views.open call."""
    view = standin.wait_for("views.open", count, timeout=15)[count - 1].params["view"]
    assert isinstance(view, dict)
    return view


def audit_actions(factory: SqlUnitOfWorkFactory) -> list[str]:
    with factory(WORKSPACE, write=False) as uow:
        return [record.action for record in uow.audit.latest(limit=500)]
