from __future__ import annotations

import pytest

from domain.commands.grammar import parse
from domain.commands.model import (
    AddAgent,
    AddSite,
    AddTeam,
    ChangeSettings,
    ListAgents,
    ListSites,
    ListTeams,
    RemoveAgent,
    RemoveSite,
    RemoveTeam,
    SetAgentTeams,
    ShowSettings,
)
from domain.org import TeamKind


def test_site_add_may_name_its_profile() -> None:
    assert parse("site add Budapest") == AddSite(name="Budapest")
    assert parse('Site ADD "New York" profile="Chat Heavy"') == AddSite(
        name="New York", profile="Chat Heavy"
    )


def test_site_list_and_remove() -> None:
    assert parse("site list") == ListSites()
    assert parse('site remove "New York"') == RemoveSite(name="New York")


def test_team_add_needs_a_site_and_is_agent_based_by_default() -> None:
    assert parse('team add "Team A" site=Budapest') == AddTeam(name="Team A", site="Budapest")
    assert parse("team add T site=B kind=Capacity") == AddTeam(
        name="T", site="B", kind=TeamKind.CAPACITY
    )


def test_team_list_may_filter_by_site_and_team_remove_names_one() -> None:
    assert parse("team list") == ListTeams()
    assert parse('team list site="New York"') == ListTeams(site="New York")
    assert parse("team remove T") == RemoveTeam(name="T")


def test_agent_add_reads_teams_email_and_slack_user() -> None:
    assert parse('agent add "Jane Doe" team=a,b email=jane@example.com slack=@jane') == AddAgent(
        name="Jane Doe", teams=("a", "b"), email="jane@example.com", slack_user="@jane"
    )


@pytest.mark.parametrize(
    "teams",
    [
        'team="Team A","Team B"',
        'team="Team A,Team B"',
        "team=“Team A”,“Team B”",
        "team=“Team A,Team B”",
        'team="Team A , Team B"',
    ],
)
def test_team_lists_with_spaces_may_quote_each_name_or_the_whole_list(teams: str) -> None:
    command = parse(f"agent add Jane {teams}")
    assert isinstance(command, AddAgent)
    assert command.teams == ("Team A", "Team B")


@pytest.mark.parametrize(
    ("mention", "user"),
    [
        ("<@U123ABC|jane>", "U123ABC"),
        ("<@U123ABC>", "U123ABC"),
        ("<@W0AB12>", "W0AB12"),
        ("@jane", "@jane"),
    ],
)
def test_slack_mentions_become_user_ids_and_typed_names_stay(mention: str, user: str) -> None:
    command = parse(f"agent add Jane team=a slack={mention}")
    assert isinstance(command, AddAgent)
    assert command.slack_user == user


def test_agent_list_remove_and_teams() -> None:
    assert parse("agent list") == ListAgents()
    assert parse('agent list team="Team A"') == ListAgents(team="Team A")
    assert parse("agent remove Jane") == RemoveAgent(name="Jane")
    assert parse('agent teams Jane team="Team A",b') == SetAgentTeams(
        name="Jane", teams=("Team A", "b")
    )


def test_settings_alone_shows_them() -> None:
    assert parse("settings") == ShowSettings()


def test_settings_reads_every_option() -> None:
    text = (
        'settings multimedia=on report_channel=#cc-admins report_schedule="0 9 * * 1-5" '
        "timezone=Europe/Budapest audit_channel=<#C123ABC|audit> all_clear=no"
    )
    assert parse(text) == ChangeSettings(
        multimedia=True,
        report_channel="#cc-admins",
        report_schedule="0 9 * * 1-5",
        timezone="Europe/Budapest",
        audit_channel="C123ABC",
        report_all_clear=False,
    )


@pytest.mark.parametrize(
    ("word", "value"),
    [("on", True), ("TRUE", True), ("yes", True), ("off", False), ("False", False), ("no", False)],
)
def test_booleans_accept_on_off_true_false_yes_no(word: str, value: bool) -> None:
    assert parse(f"settings multimedia={word}") == ChangeSettings(multimedia=value)


@pytest.mark.parametrize(
    ("channel", "value"),
    [("<#C123ABC|general>", "C123ABC"), ("<#C123ABC>", "C123ABC"), ("#general", "#general")],
)
def test_channel_mentions_become_ids_and_typed_names_stay(channel: str, value: str) -> None:
    assert parse(f"settings report_channel={channel}") == ChangeSettings(report_channel=value)


@pytest.mark.parametrize("word", ["none", "off", "NONE"])
def test_none_or_off_clears_a_channel(word: str) -> None:
    assert parse(f"settings audit_channel={word}") == ChangeSettings(audit_channel="")
