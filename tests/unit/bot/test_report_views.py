"""The report rendered as a Slack message and as plain text, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime

from domain.commands.report_text import report_reply, summary_line
from domain.profiles import ProfileState
from domain.services.report import InactiveProfile, Report
from slackkit.blocks import BLOCK_TEXT_MAX, MESSAGE_BLOCKS_MAX, SECTION_TEXT_MAX, block_text_length
from slackkit.report import MESSAGE_TEXT_MAX, report_message, report_thread
from tests.support.slack_standin import iter_block_texts
from tests.support.texts import english

NOW = datetime(2025, 1, 15, 8, 0, tzinfo=UTC)


def make_report(
    *,
    inactive: tuple[InactiveProfile, ...] = (),
    unassigned: tuple[str, ...] = (),
    agents: dict[str, int] | None = None,
    multimedia: bool = True,
) -> Report:
    return Report(
        workspace_id="T1",
        generated_at=NOW,
        inactive=inactive,
        unassigned=unassigned,
        profiles_by_state={
            ProfileState.ACTIVE: len(unassigned) + 1,
            ProfileState.INACTIVE: len(inactive),
            ProfileState.ALL: len(unassigned) + len(inactive) + 1,
        },
        agents_per_profile=agents if agents is not None else {"Default_Telephony_Profile": 3},
        multimedia_enabled=multimedia,
    )


def old(name: str, by: str = "<@U42>") -> InactiveProfile:
    return InactiveProfile(name=name, since=datetime(2024, 11, 2, 10, 0, tzinfo=UTC), by=by)


def shown_text(report: Report) -> str:
    return "\n".join(iter_block_texts(report_message(report, "en").blocks))


def test_the_message_names_each_inactive_profile_with_since_and_by() -> None:
    text = shown_text(make_report(inactive=(old("Night Shift"), old("Old Chat", by="cli admin"))))
    assert "Night Shift" in text
    assert "Old Chat" in text
    assert "<@U42>" in text, "a Slack actor should render as a mention"
    assert "cli admin" in text
    assert "<!date^1730541600^{date_short}|2024-11-02>" in text


def test_the_message_names_each_unassigned_profile() -> None:
    text = shown_text(make_report(unassigned=("Chat Heavy", "Email Only")))
    assert "Chat Heavy" in text
    assert "Email Only" in text
    assert "Unassigned active profiles (2)" in text


def test_an_empty_report_says_all_clear() -> None:
    text = shown_text(make_report())
    assert "All clear" in text


def test_text_that_looks_like_markup_is_shown_literally() -> None:
    text = shown_text(make_report(inactive=(old("X", by="<script> & co"),)))
    assert "&lt;script&gt; &amp; co" in text


def test_five_hundred_unassigned_profiles_stay_within_slacks_limits_and_say_how_many_more() -> None:
    names = tuple(f"Profile number {i:03d} with a long descriptive name" for i in range(500))
    message = report_message(make_report(unassigned=names), "en")

    assert len(message.blocks) <= MESSAGE_BLOCKS_MAX
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= SECTION_TEXT_MAX
    assert len(message.text) <= MESSAGE_TEXT_MAX
    assert block_text_length(message.blocks) < BLOCK_TEXT_MAX
    shown = [n for n in names if any(n in t for t in iter_block_texts(message.blocks))]
    assert shown == list(names[: len(shown)]), "profiles are listed in order"
    text = shown_text(make_report(unassigned=names))
    assert f"… and {500 - len(shown)} more" in text
    assert "`list unassigned`" in text
    assert "thread" in text
    assert 10 < len(shown) < 500


def test_the_thread_of_a_long_report_holds_every_item_in_parts_within_slacks_limits() -> None:
    unassigned = tuple(f"Profile number {i:04d} with a long descriptive name" for i in range(1500))
    inactive = tuple(old(f"Inactive profile {i:04d}", by="<@U42>") for i in range(700))
    thread = report_thread(make_report(inactive=inactive, unassigned=unassigned), "en")
    assert len(thread) > 2
    everything = "\n".join(t for m in thread for t in iter_block_texts(m.blocks))
    assert all(name in everything for name in unassigned)
    assert all(p.name in everything for p in inactive)
    for part in thread:
        assert len(part.blocks) <= MESSAGE_BLOCKS_MAX
        assert block_text_length(part.blocks) < BLOCK_TEXT_MAX
    assert "(part 1 of" in thread[0].text


def test_a_short_report_needs_no_thread() -> None:
    assert report_thread(make_report(unassigned=("A", "B")), "en") == []


def test_a_report_that_fits_lists_everything_without_a_more_line() -> None:
    names = tuple(f"P{i}" for i in range(40))
    text = shown_text(make_report(unassigned=names))
    assert all(f"• {n}\n" in text + "\n" for n in names)
    assert "more" not in text


def test_the_summary_says_every_agent_gets_the_default_profile_while_multimedia_is_off() -> None:
    report = make_report(agents={"Default_Telephony_Profile": 7}, multimedia=False)
    assert "Multimedia is off, so all 7 agents get Default_Telephony_Profile" in english(
        summary_line(report)
    )
    assert "Multimedia is off" in shown_text(report)


def test_the_summary_lists_the_profiles_reaching_most_agents_first_and_counts_the_rest() -> None:
    agents = {f"P{i:02d}": i for i in range(1, 31)}
    line = english(summary_line(make_report(agents=agents), shown=3))
    assert "P30 30, P29 29, P28 28 … and 27 more profiles" in line


def test_the_plain_reply_lists_both_lists_and_cuts_long_ones() -> None:
    names = tuple(f"P{i:03d}" for i in range(150))
    reply = report_reply(make_report(inactive=(old("Night Shift"),), unassigned=names), shown=100)
    text = english(reply)
    assert "• Night Shift: inactive since Nov 2, 2024, by U42" in text
    assert "• P099" in text
    assert "P100" not in text
    assert "… and 50 more: `list unassigned` pages through them." in text


def test_an_answer_only_the_caller_sees_points_to_list_not_to_a_thread() -> None:
    names = tuple(f"Profile number {i:03d}" for i in range(200))
    message = report_message(make_report(unassigned=names), "en", threaded=False)
    text = "\n".join(iter_block_texts(message.blocks))
    assert "`list unassigned` pages through them" in text
    assert "thread" not in text
