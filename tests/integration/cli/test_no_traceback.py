"""No input reaches the terminal as a traceback: each fault is one line and an exit code."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# Root reads any file; without these two capabilities it is refused like anyone else.
DROP_FILE_OVERRIDES = [
    "setpriv",
    "--inh-caps=-all",
    "--bounding-set=-dac_override,-dac_read_search",
    "--",
]


def _environment(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", ""),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'mmbot.db'}",
    }


def mmbot(
    tmp_path: Path, *argv: str, stdin: bytes = b"", prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run `python -m cli.main` in tmp_path with a private SQLite database."""
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "cli.main", *argv],
        cwd=tmp_path,
        env=_environment(tmp_path),
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def assert_one_line(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert "Traceback" not in result.stderr
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert text in result.stderr


def test_export_into_a_missing_directory_says_so(tmp_path: Path) -> None:
    result = mmbot(tmp_path, "export", "-o", str(tmp_path / "missing" / "dir" / "x.json"))
    assert_one_line(result, 2, "No such file: ")
    assert "x.json" in result.stderr


def test_export_onto_a_directory_says_so(tmp_path: Path) -> None:
    assert_one_line(mmbot(tmp_path, "export", "-o", str(tmp_path)), 2, "is a directory")


@pytest.mark.parametrize("command", ["import", "import-agents"])
def test_importing_a_directory_says_so(tmp_path: Path, command: str) -> None:
    assert_one_line(mmbot(tmp_path, command, str(tmp_path)), 2, "is a directory: name a file.")


def test_importing_a_missing_file_says_so(tmp_path: Path) -> None:
    result = mmbot(tmp_path, "import", "nowhere.json")
    assert_one_line(result, 2, "No such file: nowhere.json")


def test_importing_below_a_file_says_a_part_of_the_path_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    result = mmbot(tmp_path, "import-agents", "plain/agents.csv")
    assert_one_line(result, 2, "a part of this path is a file")


def test_importing_an_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.json"
    locked.write_text("{}")
    locked.chmod(0)
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        assert shutil.which("setpriv"), "as root this test needs setpriv (util-linux)"
        prefix = tuple(DROP_FILE_OVERRIDES)
    result = mmbot(tmp_path, "import", "locked.json", prefix=prefix)
    assert_one_line(result, 2, "locked.json: permission denied.")


def test_input_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    result = mmbot(tmp_path, "import-agents", "-", stdin=b"name\n\xff\xfe\n")
    assert_one_line(result, 2, "is not UTF-8 text")


def test_a_deeply_nested_json_import_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000)
    result = mmbot(tmp_path, "import", "deep.json")
    assert_one_line(result, 1, "nests far deeper than an export ever does")


@pytest.mark.parametrize("argv", [["cmd", "list all"], ["export"], ["cmd", "help"]])
def test_a_reader_that_goes_away_ends_the_output_quietly(tmp_path: Path, argv: list[str]) -> None:
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", *argv],
        cwd=tmp_path,
        env=_environment(tmp_path),
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    # Both ends closed here before the child has started Python: its first write meets EPIPE.
    os.close(write_end)
    os.close(read_end)
    _, stderr = process.communicate(timeout=60)

    assert stderr == b""
    assert process.returncode == 141


def test_ctrl_c_while_reading_the_input_is_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "slow.csv"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "import-agents", str(fifo)],
        cwd=tmp_path,
        env=_environment(tmp_path),
        stderr=subprocess.PIPE,
    )
    # Opening the FIFO for writing waits until mmbot has opened it to read: it is reading now.
    writer = os.open(fifo, os.O_WRONLY)
    try:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        os.close(writer)

    assert b"Traceback" not in stderr
    assert stderr.decode() == "Interrupted; nothing was changed by the unfinished command.\n"
    assert process.returncode == 130
