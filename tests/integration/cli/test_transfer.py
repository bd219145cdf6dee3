"""`mmbot export`, `mmbot import` and `mmbot import-agents` run through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli.conftest import Mmbot

HEADER = "name,email,slack,teams,profile\n"


@pytest.fixture
def org(mmbot: Mmbot) -> Mmbot:
    # Workspaces are created on purpose only; a mistyped --workspace is refused.
    assert mmbot("workspace", "add", "W1")[0] == 0
    assert mmbot("workspace", "add", "W2")[0] == 0
    for text in (
        "settings multimedia=on",
        'create "Chat Heavy" type=blended voice=1 chat=5',
        "site add Budapest",
        'team add "Tier 1" site=Budapest',
    ):
        assert mmbot("cmd", text, "--workspace", "W1")[0] == 0
    return mmbot


def test_export_to_a_file_then_import_into_another_workspace_round_trips(
    org: Mmbot, tmp_path: Path
) -> None:
    first, second = tmp_path / "w1.json", tmp_path / "w2.json"
    assert org("export", "--workspace", "W1", "-o", str(first))[0] == 0
    code, out, _ = org("import", str(first), "--workspace", "W2")
    assert code == 0
    assert "Created: 1 profile, 1 site, 1 team" in out
    assert org("export", "--workspace", "W2", "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_export_writes_the_document_to_standard_output(org: Mmbot) -> None:
    code, out, _ = org("export", "--workspace", "W1")
    assert code == 0
    assert json.loads(out)["profiles"][0]["name"] == "Chat Heavy"


def test_a_dry_run_import_prints_the_plan_and_writes_nothing(org: Mmbot, tmp_path: Path) -> None:
    document = tmp_path / "w1.json"
    org("export", "--workspace", "W1", "-o", str(document))
    code, out, _ = org("import", str(document), "--workspace", "W2", "--dry-run")
    assert code == 0
    assert out.startswith("Dry run of w1.json: nothing was written.")
    assert json.loads(org("export", "--workspace", "W2")[1])["profiles"] == []


def test_a_refused_import_lists_every_problem_on_stderr_and_exits_1(
    org: Mmbot, tmp_path: Path
) -> None:
    document = json.loads(org("export", "--workspace", "W1")[1])
    document["profiles"][0]["voice"] = 3
    document["teams"].append({"name": "Tier 2", "site": "Nowhere"})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    code, out, err = org("import", str(path), "--workspace", "W2")
    assert (code, out) == (1, "")
    assert 'profile "Chat Heavy": voice=3 is out of range' in err
    assert 'team "Tier 2": There is no site named "Nowhere"' in err


def test_a_file_that_is_not_an_export_is_refused(org: Mmbot, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "something-else"}')
    code, _, err = org("import", str(path), "--workspace", "W1")
    assert code == 1
    assert "not an mmbot export document" in err


def test_a_missing_file_is_a_usage_error(org: Mmbot, tmp_path: Path) -> None:
    assert org("import-agents", str(tmp_path / "missing.csv"))[0] == 2


def test_import_agents_prints_a_summary_and_progress_lines_off_a_terminal(
    org: Mmbot, tmp_path: Path
) -> None:
    path = tmp_path / "agents.csv"
    path.write_text(HEADER + "".join(f"Agent {n},,,Tier 1,\n" for n in range(1200)))
    code, out, err = org("import-agents", str(path), "--workspace", "W1")
    assert code == 0
    assert "Created: 1,200 agents" in out
    assert err.splitlines() == [
        "500 of 1,200 agents written",
        "1,000 of 1,200 agents written",
        "1,200 of 1,200 agents written",
    ]


def test_import_agents_with_bad_rows_names_every_line_and_writes_nothing(
    org: Mmbot, tmp_path: Path
) -> None:
    path = tmp_path / "agents.csv"
    path.write_text(HEADER + "Ann,,,Tier 1,\nBob,bob@,,Tier 1,\nCy,,,Tier 7,\n")
    code, _, err = org("import-agents", str(path), "--workspace", "W1")
    assert code == 1
    assert "line 3: 'bob@' is not an email address" in err
    assert 'line 4: There is no team named "Tier 7"' in err
    assert json.loads(org("export", "--workspace", "W1")[1])["agents"] == []
