"""No name, actor or field a person typed ever reaches Slack as a mention, a ping or a link.

Hostile values go in through every door that takes them (CLI actor names, names, agent
email and Slack user, channels, typed commands and forms); then everything the running app
sends to the Slack stand-in, and every ack body, is read as Slack would read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.ids import Action, Block
from bot.scheduler.runner import ReportRunner
from domain.application import Application, Caller
from domain.audit import Actor, ActorKind
from domain.clock import utc_now
from domain.commands.grammar import parse
from domain.names import fits_as_actor
from slackkit.notifier import SlackNotifier
from slackkit.posting import SlackReportPoster
from slackkit.text import escape
from slackkit.tokens import SingleToken, WorkspaceClients
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.bot.conftest import (
    ADMIN,
    MEMBER,
    WORKSPACE,
    RunningApp,
    opened_view,
    state_of,
)
from tests.support.commands import FixedAdmins, run
from tests.support.form_values import assign_values, import_values, settings_values
from tests.support.slack_standin import SlackStandIn

# Every kind of Slack markup that pings, mentions or links.
MARKUP = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S0EVIL>",
    "<@U0EVIL>",
    "<@U0EVIL|boss>",
    "<#C0EVIL|general>",
    "<http://evil.example|click>",
    "<mailto:a@evil.example|mail>",
)
# A CLI user may be named so (`--as` takes any printable name of up to 100 characters).
HOSTILE_ACTOR = (
    "<!channel> <!here> <!everyone> <!subteam^S0X> <@U0EVIL|boss> <#C0E|g> <http://e.x|y> &"
)
# What validation lets through in names: no < > |, but & and bare @channel may be there.
HOSTILE_NAME = "R&D @channel @here !everyone"
REPORT_CHANNEL = "C0REPORT"
AUDIT_CHANNEL = "C0AUDIT"
# Mentions the bot formats itself, of ids it was given by Slack or the settings pickers.
_DELIBERATE = re.compile(
    "|".join(
        (
            f"<@(?:{ADMIN}|{MEMBER})>",
            f"<#(?:{REPORT_CHANNEL}|{AUDIT_CHANNEL})>",
            r"<!date\^\d+\^\{date_short\}\|\d{4}-\d{2}-\d{2}>",
        )
    )
)


def mrkdwn_texts(node: Any, *, plain: bool = False) -> Iterator[str]:
    """Every string Slack reads as mrkdwn: message `text`, mrkdwn objects; not plain_text."""
    if isinstance(node, dict):
        is_plain = plain or node.get("type") == "plain_text"
        for key, value in node.items():
            if key == "errors" and isinstance(value, dict):
                continue  # response_action errors: plain text under the input
            if key == "text" and isinstance(value, str):
                if not is_plain:
                    yield value
            else:
                yield from mrkdwn_texts(value, plain=is_plain)
    elif isinstance(node, list):
        for item in node:
            yield from mrkdwn_texts(item, plain=plain)


# What Slack turns into a ping, a mention or a link: <!…>, <@…>, <#…>, <scheme:…>.
# (A catalogue's own `<name>` placeholder in usage texts is none of these.)
_LIVE = re.compile(r"<(?:[!@#]|[a-z][a-z0-9+.-]*:)[^>]*>?", re.IGNORECASE)


def live_markup(node: Any) -> list[str]:
    """Every mention, ping or link Slack would make of the text that the bot did not mean."""
    found: list[str] = []
    for text in mrkdwn_texts(node):
        found += _LIVE.findall(_DELIBERATE.sub("", text))
    return found


def assert_nothing_live(standin: SlackStandIn, acks: list[Any]) -> str:
    """No live markup in any call or ack; no call asks Slack to link names. All text seen."""
    seen: list[str] = []
    for call in standin.calls:
        params = call.params
        assert str(params.get("link_names", "")).lower() not in ("1", "true"), call.method
        assert params.get("parse") != "full", call.method
        assert live_markup(params) == [], (call.method, live_markup(params))
        seen += mrkdwn_texts(params)
    for ack in acks:
        assert live_markup(ack) == [], live_markup(ack)
        seen += mrkdwn_texts(ack)
    return "\n".join(seen)


@pytest.mark.parametrize("markup", MARKUP)
def test_escape_leaves_no_markup_of_any_kind(markup: str) -> None:
    assert live_markup({"text": escape(f"a {markup} b")}) == []
    assert live_markup({"text": f"a {markup} b"}) != []  # the check sees it unescaped


def test_the_hostile_actor_is_a_name_the_cli_accepts() -> None:
    assert fits_as_actor(HOSTILE_ACTOR)


def _hostile(factory: SqlUnitOfWorkFactory, *texts: str) -> None:
    actor = Actor(kind=ActorKind.CLI, id=HOSTILE_ACTOR, name=HOSTILE_ACTOR)
    for text in texts:
        run(parse(text), factory=factory, workspace_id=WORKSPACE, actor=actor, is_admin=True)


HOSTILE_SEED = (
    f"settings multimedia=on report_channel={REPORT_CHANNEL} audit_channel={AUDIT_CHANNEL}",
    "create Sales type=blended voice=1 chat=2",
    "create Old type=exclusive channels=chat",
    "create Spare type=blended chat=1",
    "deactivate Old",
    f'site add "{HOSTILE_NAME} site" profile=Sales',
    f'team add "{HOSTILE_NAME} team" site="{HOSTILE_NAME} site"',
    f'agent add "{HOSTILE_NAME} agent" team="{HOSTILE_NAME} team" email=r&d@example.com slack=@r.d',
    f'assign Spare agent "{HOSTILE_NAME} agent"',
    'edit Sales description="Sales  desk"',
)


@pytest.fixture
def hostile_app(running_app: RunningApp) -> RunningApp:
    """A workspace whose every change was made by a CLI user named with Slack markup."""
    _hostile(running_app.factory, *HOSTILE_SEED)
    return running_app


def test_every_answer_view_and_post_shows_hostile_names_and_actors_as_text(
    hostile_app: RunningApp,
) -> None:
    slack = hostile_app.slack
    acks: list[Any] = []
    for text in (
        "list all",
        "show Sales",
        "show Old",
        "history Sales",
        "history Old",
        "usage Spare",
        "report",
        "site list",
        "team list",
        "agent list",
        f'effective "{HOSTILE_NAME} agent"',
        "settings",
    ):
        answer = slack.command(text, user=MEMBER)
        acks.append(answer.json() if answer.body.startswith("{") else answer.body)
    slack.event({"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"})
    slack.click(Action.HOME_REPORT, user=MEMBER)
    slack.command("assign")
    view = opened_view(hostile_app.standin)
    state = {"values": assign_values(None, "agent", None)}
    acks.append(
        slack.suggest(
            Action.ASSIGN_TARGET, Block.ASSIGN_TARGET, "R&D", {**view, "state": state}
        ).json()
    )
    # A change made in Slack: its notice names the object, the Slack user as a mention.
    slack.command(f'site rename "{HOSTILE_NAME} site" to "{HOSTILE_NAME} place"')
    hostile_app.standin.wait_for("response_url", 12, timeout=15)
    hostile_app.standin.wait_for("views.publish")
    hostile_app.standin.wait_for("chat.postMessage", 2, timeout=15)

    seen = assert_nothing_live(hostile_app.standin, acks)

    # The values did reach Slack, as text: the test would see them if they were live.
    assert "&lt;!channel&gt;" in seen
    assert "&lt;@U0EVIL|boss&gt;" in seen
    assert "R&amp;D @channel" in seen


def test_the_scheduled_report_and_its_thread_name_a_hostile_actor_as_text(
    hostile_app: RunningApp, standin: SlackStandIn
) -> None:
    poster = SlackReportPoster(WebClient(token="xoxb-test", base_url=standin.api_url))
    runner = ReportRunner(
        hostile_app.factory, poster, clock=lambda: utc_now() + timedelta(days=1, hours=1)
    )

    runner.run_due(WORKSPACE)

    (post,) = standin.wait_for("chat.postMessage")
    assert post.params["channel"] == REPORT_CHANNEL
    seen = assert_nothing_live(standin, [])
    assert "&lt;!channel&gt;" in seen  # "Old … deactivated by <the CLI user>"


def test_change_notices_from_the_cli_name_a_hostile_actor_as_text(
    hostile_app: RunningApp, standin: SlackStandIn
) -> None:
    notifier = SlackNotifier(
        WorkspaceClients(SingleToken("xoxb-test"), standin.api_url), hostile_app.factory
    )
    app = Application(hostile_app.factory, FixedAdmins(True), notifier)
    actor = Actor(kind=ActorKind.CLI, id=HOSTILE_ACTOR, name=HOSTILE_ACTOR)
    caller = Caller(WORKSPACE, actor)

    for text in ("create Fresh type=blended chat=1", f'agent remove "{HOSTILE_NAME} agent"'):
        assert app.handle(parse(text), caller).undelivered == ()

    standin.wait_for("chat.postMessage", 2, timeout=15)
    notices = [
        c for c in standin.calls_to("chat.postMessage") if c.params["channel"] == AUDIT_CHANNEL
    ]
    assert len(notices) == 2
    seen = assert_nothing_live(standin, [])
    assert "&lt;!channel&gt;" in seen


@pytest.mark.parametrize(
    "command",
    [
        *(
            f"agent add Eve team=t email={value}"
            for value in ("a<!channel>@x.hu", "<!here>", "a|b@x.hu")
        ),
        *(f"agent add Eve team=t slack={value}" for value in ("@<!channel>", "@a|b", "<!here>")),
        *(f"settings report_channel={value}" for value in ("#<!channel>", "#a|b", "#x&<!here>")),
        *(f"settings audit_channel={value}" for value in ("<#C0EVIL|<!channel>>", "#<@U0EVIL>")),
        *(f"site add {value}" for value in ("<!channel>", "a|b", '"<http://x|y>"')),
        *(f"create {value} type=blended chat=1" for value in ("<!here>", "Sales<@U1>")),
    ],
)
def test_hostile_values_typed_in_slack_are_refused_and_the_refusal_is_text(
    hostile_app: RunningApp, command: str
) -> None:
    before = state_of(hostile_app.factory)

    answer = hostile_app.slack.command(command)

    hostile_app.standin.wait_for("response_url", timeout=15)
    assert state_of(hostile_app.factory) == before
    assert_nothing_live(hostile_app.standin, [answer.json() if answer.body.startswith("{") else {}])


@pytest.mark.parametrize("channel", ["<!channel>", "C1 <!here>", "#<@U0EVIL>", "x" * 65])
def test_a_forged_settings_form_channel_is_refused_next_to_its_field(
    hostile_app: RunningApp, channel: str
) -> None:
    hostile_app.slack.command("settings")
    view = opened_view(hostile_app.standin)
    before = state_of(hostile_app.factory)

    answer = hostile_app.slack.submit(view, settings_values(report_channel=channel))

    assert answer.json()["response_action"] == "errors"
    assert Block.REPORT_CHANNEL in answer.json()["errors"]
    assert state_of(hostile_app.factory) == before
    assert_nothing_live(hostile_app.standin, [answer.json()])


def test_an_import_of_hostile_names_previews_and_confirms_them_as_text(
    hostile_app: RunningApp,
) -> None:
    team = f"{HOSTILE_NAME} team"
    csv_text = (
        "name,email,slack,teams,profile\n"
        f'"{HOSTILE_NAME} two",o&k@example.com,@r.d,"{team}",Spare\n'
        f'"@channel & @here",,U0EVIL,"{team}",\n'
    )
    hostile_app.slack.command("import")
    paste = opened_view(hostile_app.standin)
    acks: list[Any] = [hostile_app.slack.submit(paste, import_values(csv_text)).json()]
    acks.append(hostile_app.slack.submit(acks[0]["view"], import_values(csv_text)).json())

    assert_nothing_live(hostile_app.standin, acks)

    assert acks[1]["response_action"] == "update"
    with hostile_app.factory(WORKSPACE, write=False) as uow:
        assert "@channel & @here" in uow.agents.names()


@pytest.mark.parametrize(
    "row",
    [
        'Eve,a<!channel>@x.hu,,"{team}",',
        'Eve,,@<!here>,"{team}",',
        '"<!channel>",,,"{team}",',
        'Eve,,,"<@U0EVIL>",',
    ],
)
def test_an_import_of_markup_is_refused_by_line_and_changes_nothing(
    hostile_app: RunningApp, row: str
) -> None:
    csv_text = "name,email,slack,teams,profile\n" + row.format(team=f"{HOSTILE_NAME} team") + "\n"
    hostile_app.slack.command("import")
    paste = opened_view(hostile_app.standin)
    before = state_of(hostile_app.factory)

    answer = hostile_app.slack.submit(paste, import_values(csv_text)).json()

    assert answer["response_action"] == "errors"
    assert "line 2" in str(answer["errors"])
    assert state_of(hostile_app.factory) == before
    assert_nothing_live(hostile_app.standin, [answer])
