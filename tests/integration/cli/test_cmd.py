"""`mmbot cmd` as a new user runs it: output, exit codes, and nothing written on refusal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.cli.conftest import Mmbot

ROOT = Path(__file__).resolve().parents[3]


def test_a_created_profile_can_be_shown(mmbot: Mmbot) -> None:
    code, out, _ = mmbot("cmd", 'create "Chat Heavy" type=blended voice=1 chat=5 email=2')
    assert code == 0
    assert 'Created blended profile "Chat Heavy"' in out
    code, out, _ = mmbot("cmd", 'show "Chat Heavy"')
    assert code == 0
    assert "Voice 1 · Chat 5 · Email 2 · Social 0" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("create P type=blended voice=3", "voice=3 is out of range for a blended profile: 0 or 1"),
        ("create P type=blended chat=6", "chat=6 is out of range for a blended profile: 0–5"),
        ("create P type=blended email=6", "email=6 is out of range for a blended profile: 0–5"),
        ("create P type=blended social=9", "social=9 is out of range for a blended profile: 0–5"),
        (
            "create P type=blended_realtime voice=0 chat=1",
            "voice=0 is out of range for a blended_realtime profile: exactly 1",
        ),
        (
            "create P type=blended_realtime chat=0",
            "chat=0 is out of range for a blended_realtime profile: 1–5",
        ),
        (
            "create P type=blended_realtime chat=1 email=6",
            "email=6 is out of range for a blended_realtime profile: 0–5",
        ),
        (
            "create P type=blended_realtime chat=1 social=6",
            "social=6 is out of range for a blended_realtime profile: 0–5",
        ),
        (
            "create P type=exclusive voice=2",
            "voice=2 is out of range for an exclusive profile: 0 or 1",
        ),
        (
            "create P type=exclusive chat=2",
            "chat=2 is out of range for an exclusive profile: 0 or 1",
        ),
        (
            "create P type=exclusive email=2",
            "email=2 is out of range for an exclusive profile: 0 or 1",
        ),
        (
            "create P type=exclusive social=2",
            "social=2 is out of range for an exclusive profile: 0 or 1",
        ),
        ("create Bad! type=blended voice=1", "The name contains '!' (character 4)"),
        (
            "create " + "n" * 81 + " type=blended voice=1",
            "The name is 81 characters long; at most 80",
        ),
        ('create "CHAT heavy" type=blended chat=1', 'A profile named "Chat Heavy" already exists'),
    ],
)
def test_a_refused_create_exits_1_names_the_problem_and_writes_nothing(
    mmbot: Mmbot, text: str, expected: str
) -> None:
    assert mmbot("cmd", 'create "Chat Heavy" type=blended chat=5')[0] == 0
    code, out, err = mmbot("cmd", text)
    assert (code, out) == (1, "")
    assert expected in err
    _, listing, _ = mmbot("cmd", "list all")
    assert "2 profiles" in listing


def test_a_usage_error_exits_2_and_points_at_the_word(mmbot: Mmbot) -> None:
    code, _, err = mmbot("cmd", "create P type=blended voice=lots")
    assert code == 2
    assert "voice=lots: voice must be a whole number" in err


def test_an_unknown_command_suggests_the_closest_one(mmbot: Mmbot) -> None:
    code, _, err = mmbot("cmd", "deactivat P")
    assert code == 2
    assert "Did you mean deactivate" in err


def test_a_form_command_explains_the_inline_form(mmbot: Mmbot) -> None:
    code, _, err = mmbot("cmd", "create")
    assert code == 1
    assert "opens a form in Slack" in err


def test_the_actor_named_with_as_is_recorded(mmbot: Mmbot) -> None:
    mmbot("cmd", "create P type=blended voice=1", "--as", "Ildiko")
    _, out, _ = mmbot("cmd", "history P")
    assert "Ildiko" in out


def test_with_several_workspaces_the_workspace_must_be_chosen(mmbot: Mmbot) -> None:
    assert mmbot("workspace", "add", "T1")[0] == 0
    assert mmbot("workspace", "add", "T2")[0] == 0
    assert mmbot("cmd", "list", "--workspace", "T1")[0] == 0
    assert mmbot("cmd", "list", "--workspace", "T2")[0] == 0
    code, _, err = mmbot("cmd", "list")
    assert code == 2
    assert "T1, T2" in err
    assert "--workspace" in err


def test_db_upgrade_is_idempotent(mmbot: Mmbot) -> None:
    first = mmbot("db", "upgrade")
    second = mmbot("db", "upgrade")
    assert first[0] == second[0] == 0
    assert first[1] == second[1]
    assert "Schema is at revision" in first[1]


def test_the_console_script_never_prints_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "cmd", 'show "\u202e\x07" ' + "x" * 5000],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode in {1, 2}
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
