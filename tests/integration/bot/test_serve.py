"""`mmbot serve` refuses to start without its credentials and names the missing ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("arguments", "missing"),
    [
        ([], ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]),
        (["--socket"], ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]),
    ],
)
def test_serve_without_credentials_exits_non_zero_naming_the_missing_variables(
    tmp_path: Path, arguments: list[str], missing: list[str]
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mmbot", "serve", *arguments],
        cwd=tmp_path,  # no .env here
        env={"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode != 0
    for name in missing:
        assert name in result.stderr
    assert "Slack set-up" in result.stderr
    assert "Traceback" not in result.stderr
