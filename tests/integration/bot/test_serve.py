"""`mmbot serve --slack` and `--socket` refuse to start without credentials, naming the missing ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("arguments", "given", "missing"),
    [
        (["--slack"], {}, ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]),
        (["--socket"], {}, ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]),
        # Half a Slack set-up is named as a mistake; only none at all starts the sandbox.
        ([], {"SLACK_BOT_TOKEN": "xoxb-half"}, ["SLACK_SIGNING_SECRET"]),
    ],
)
def test_serve_without_credentials_exits_non_zero_naming_the_missing_variables(
    tmp_path: Path, arguments: list[str], given: dict[str, str], missing: list[str]
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mmbot", "serve", *arguments],
        cwd=tmp_path,  # no .env here
        env={"PYTHONPATH": str(ROOT), **given},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2
    for name in missing:
        assert name in result.stderr
    assert "Slack set-up" in result.stderr
    assert "Traceback" not in result.stderr
