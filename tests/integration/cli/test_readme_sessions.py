"""The README's example sessions run as pasted: the English one, then the Hungarian one,
which prints what the README shows (apart from the time and the login name)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.integration.cli.conftest import Mmbot

README = Path(__file__).resolve().parents[3] / "README.md"
PROGRAM = ".venv/bin/mmbot"
_WHEN = re.compile(r"\d{4}\. \d{2}\. \d{2}\.(?: \d{2}:\d{2})?")
_CLI_ACTOR = re.compile(r"\S+ \(parancssor\)")


def _block_after(text: str, marker: str, fence: str) -> list[str]:
    """The lines of the first ```fence block after the line holding `marker`."""
    rest = text[text.index(marker) :]
    start = rest.index(f"```{fence}\n") + len(f"```{fence}\n")
    return rest[start : rest.index("```", start)].splitlines()


def _argv(line: str) -> list[str]:
    words = shlex.split(line)
    assert words[0] == PROGRAM, line
    return words[1:]


def _english_session() -> list[str]:
    return _block_after(README.read_text(), "Example session in a terminal", "sh")


def _hungarian_session() -> list[tuple[str, str]]:
    """(command, the output shown below it) of the README's Hungarian session."""
    steps: list[tuple[str, list[str]]] = []
    for line in _block_after(README.read_text(), "## Languages", "console"):
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(command, "\n".join(shown)) for command, shown in steps]


def _comparable(text: str) -> str:
    return _CLI_ACTOR.sub("<login> (parancssor)", _WHEN.sub("<when>", text.strip("\n")))


def test_the_readme_sessions_run_as_pasted_and_print_what_it_shows(mmbot: Mmbot) -> None:
    english = _english_session()
    assert english, "no English example session in the README"
    for line in english:
        code, _, err = mmbot(*_argv(line))
        assert code == 0, (line, err)

    hungarian = _hungarian_session()
    assert len(hungarian) >= 5, "no Hungarian example session in the README"
    for command, shown in hungarian:
        _, out, err = mmbot(*_argv(command))
        assert _comparable(out + err) == _comparable(shown), command


def test_the_hungarian_session_reads_hungarian() -> None:
    commands = [command for command, _ in _hungarian_session()]
    assert all("--lang hu" in command for command in commands)
    shown = "\n".join(text for _, text in _hungarian_session())
    for word in ("Kevert", "Hang", "Csevegés", "webhely", "csapat", "ügynök", "aktív"):
        assert word in shown
