"""Reading CSV agent rows: header, line numbers, the size limit, and row problems."""

from __future__ import annotations

import pytest

from domain.transfer.csv_agents import MAX_ROWS, BadHeader, TooManyRows, parse_agent_csv
from domain.transfer.plan import plan_agent_rows
from domain.transfer.problems import ImportRefused
from domain.transfer.steps import Outcome
from tests.support.texts import english
from tests.unit.transfer.states import state

HEADER = "name,email,slack,teams,profile\n"


def test_rows_keep_the_line_they_start_on_across_blank_lines_and_quoted_newlines() -> None:
    text = HEADER + 'Ann,,,Tier 1,\n\n"Bob\nSmith",,,Tier 1,\nCy,,,"Tier 1; Overflow",\n'
    rows = parse_agent_csv(text)
    assert [(r.line, r.item.name) for r in rows.inputs] == [
        (2, "Ann"),
        (4, "Bob\nSmith"),
        (6, "Cy"),
    ]
    assert rows.inputs[2].item.teams == ("Tier 1", "Overflow")


def test_the_header_may_reorder_columns_and_leave_out_optional_ones() -> None:
    rows = parse_agent_csv("\ufeffTeams , Name\nTier 1,Ann\n")
    assert rows.inputs[0].item.name == "Ann"
    assert rows.inputs[0].item.profile is None


@pytest.mark.parametrize("text", ["", "Ann,,,Tier 1,\n", "name,teams,colour\n"])
def test_a_missing_or_wrong_header_is_refused_naming_the_columns(text: str) -> None:
    with pytest.raises(BadHeader, match="name,email,slack,teams,profile"):
        parse_agent_csv(text)


def test_more_rows_than_the_limit_are_refused_naming_the_limit() -> None:
    text = HEADER + "a,,,t,\n" * (MAX_ROWS + 1)
    with pytest.raises(TooManyRows, match=f"at most {MAX_ROWS:,}"):
        parse_agent_csv(text)
    assert len(parse_agent_csv(HEADER + "a,,,t,\n" * MAX_ROWS).inputs) == MAX_ROWS


def test_every_bad_row_is_reported_with_its_line_and_reason() -> None:
    text = HEADER + (
        "Ann,,,Tier 1,\n"  # existing, unchanged
        "Bob,,,Tier 1,,extra\n"  # too many cells
        "Cy,cy@,,Tier 1,\n"  # bad email
        ",,,Tier 1,\n"  # no name
        "Dee,,,,\n"  # no team
        "Eve,,nobody,Tier 1,Old\n"  # bad slack user and inactive profile
        "Fay,,,Overflow,\n"  # fine
    )
    with pytest.raises(ImportRefused) as refused:
        plan_agent_rows(parse_agent_csv(text), state(), source="a.csv")
    lines = [english(line) for line in refused.value.all_lines()]
    assert [line.split(":")[0] for line in lines] == [
        "line 3",
        "line 4",
        "line 5",
        "line 6",
        "line 7",
        "line 7",
    ]
    assert "6 cells where the header has 5" in lines[0]
    assert 'Agent "Dee" needs at least one team' in lines[3]
    assert 'Profile "Old" is inactive' in lines[5]


def test_valid_rows_plan_creations_and_changes() -> None:
    text = HEADER + "Ann,ann@example.com,<@U123|ann>,Tier 1,Chat Heavy\nBea,,U999,Overflow,\n"
    result = plan_agent_rows(parse_agent_csv(text), state(), source="a.csv")
    ann, bea = result.agents
    assert (ann.outcome, ann.changed) == (Outcome.CHANGE, ("email", "slack", "profile"))
    assert ann.item.slack == "U123"
    assert bea.outcome is Outcome.CREATE


@pytest.mark.parametrize(
    ("email", "slack", "words"),
    [
        ("a<!channel>@x.hu", "", "is not an email address"),
        ("a b@x.hu", "", "is not an email address"),
        ("a|b@x.hu", "", "is not an email address"),
        ("a" * 64 + "@" + "b" * 190 + ".hu", "", "at most 254"),
        ("", "@<!channel>", "is not a Slack user"),
        ("", "<@U123|x>y", "is not a Slack user"),
        ("", "@" + "j" * 64, "is not a Slack user"),
    ],
)
def test_markup_and_over_long_emails_and_slack_users_are_refused_with_their_line(
    email: str, slack: str, words: str
) -> None:
    text = HEADER + f'Ann,"{email}","{slack}",Tier 1,\n'
    with pytest.raises(ImportRefused) as refused:
        plan_agent_rows(parse_agent_csv(text), state(), source="a.csv")
    (line,) = [english(line) for line in refused.value.all_lines()]
    assert line.startswith("line 2")
    assert words in line
