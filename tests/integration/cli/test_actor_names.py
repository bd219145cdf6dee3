"""`--as NAME`: any printable name up to its limit is recorded; longer or control characters are refused."""

from __future__ import annotations

from tests.integration.cli.conftest import Mmbot


def test_a_name_with_slack_markup_is_recorded_as_it_was_typed(mmbot: Mmbot) -> None:
    code, _, _ = mmbot("cmd", "--as", "<!channel> ops", "create Night type=blended voice=1")

    assert code == 0
    _, out, _ = mmbot("cmd", "history Night")
    assert "<!channel> ops" in out


def test_a_name_too_long_to_record_is_refused_before_anything_changes(mmbot: Mmbot) -> None:
    code, _, err = mmbot("cmd", "--as", "o" * 101, "create Night type=blended voice=1")

    assert code == 2
    assert "at most 100 characters" in err
    _, out, _ = mmbot("cmd", "list all")
    assert "Night" not in out


def test_a_name_with_a_line_break_is_refused(mmbot: Mmbot) -> None:
    code, _, err = mmbot("cmd", "--as", "ops\nroot", "create Night type=blended voice=1")

    assert code == 2
    assert "without line breaks" in err
