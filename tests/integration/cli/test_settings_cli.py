"""A bad setting stops `mmbot` with exit 2 and one line, before anything is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def mmbot(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m cli.main` in tmp_path (no .env) with only the given variables."""
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *argv],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", ""), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [("PORT", "abc"), ("MMBOT_WORKERS", "two"), ("MMBOT_THREADS", "many"), ("MMBOT_LANG", "de")],
)
def test_a_bad_variable_exits_2_naming_it_and_creates_nothing(
    tmp_path: Path, variable: str, value: str
) -> None:
    url = f"sqlite:///{tmp_path / 'mmbot.db'}"
    assert mmbot(tmp_path, "db", "upgrade", DATABASE_URL=url).returncode == 0

    result = mmbot(
        tmp_path, "cmd", "create X type=blended chat=1", DATABASE_URL=url, **{variable: value}
    )

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{variable}={value} ")
    assert result.stderr.count("\n") == 1
    shown = mmbot(tmp_path, "cmd", "show X", DATABASE_URL=url)
    assert shown.returncode == 1, shown.stdout
    assert "Traceback" not in shown.stderr


def test_an_unknown_log_level_exits_2_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mmbot.db'}"
    result = mmbot(
        tmp_path, "--log-level", "LOUD", "cmd", "create X type=blended chat=1", DATABASE_URL=url
    )
    assert result.returncode == 2
    assert result.stderr == (
        "--log-level LOUD is not a level: use DEBUG, INFO, WARNING, ERROR or CRITICAL.\n"
    )
    assert not (tmp_path / "mmbot.db").exists()


def test_a_bad_variable_in_the_env_file_is_named_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("PORT=abc\n")
    result = mmbot(tmp_path, "db", "upgrade", DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    assert result.returncode == 2
    assert result.stderr.startswith("PORT=abc ")
    assert not (tmp_path / "x.db").exists()


def test_mmbot_lang_names_the_languages_mmbot_speaks(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mmbot.db'}"
    result = mmbot(tmp_path, "cmd", "list", DATABASE_URL=url, MMBOT_LANG="de")
    assert result.returncode == 2
    assert result.stderr == "MMBOT_LANG=de is not a language mmbot speaks: use en or hu.\n"
    assert not (tmp_path / "mmbot.db").exists()
    # A locale-style value of a language mmbot speaks is that language.
    shown = mmbot(tmp_path, "cmd", "list", DATABASE_URL=url, MMBOT_LANG="hu_HU.UTF-8")
    assert shown.returncode == 0, shown.stderr
    assert "1 aktív profil:" in shown.stdout
