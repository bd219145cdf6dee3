"""The CLI run in-process against the test database, as a user types it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cli.main import main

# `mmbot(*argv)` runs the CLI in-process: (exit code, stdout, stderr).
Mmbot = Callable[..., tuple[int, str, str]]


@pytest.fixture
def mmbot(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Mmbot:
    """Run `mmbot …` in-process against the test database, offline and in the default language."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("MMBOT_LANG", raising=False)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
