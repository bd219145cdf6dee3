"""`mmbot serve` with no Slack variables serves the sandbox; `mmbot sandbox --reset` starts over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from sandbox import people

ROOT = Path(__file__).resolve().parents[3]
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(cwd: Path, *arguments: str) -> Iterator[tuple[list[str], str]]:
    """Start `mmbot …` with no Slack variables; yields its first two lines and its address."""
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", ""), "PORT": str(free_port())}
    process = subprocess.Popen(
        [sys.executable, "-m", "mmbot", *arguments],
        cwd=cwd,  # no .env here
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline(), process.stdout.readline()]
        address = lines[0].rsplit(" ", 1)[-1].strip()
        yield lines, address
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)
        assert process.returncode == 0, errors
        assert "Traceback" not in errors


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def page_call(address: str, name: str, body: dict[str, object]) -> dict[str, object]:
    request = urllib.request.Request(
        f"{address}sandbox/{name}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        answer: dict[str, object] = json.loads(response.read())
        return answer


@pytest.mark.slow
def test_serve_without_slack_variables_says_so_first_and_serves_the_sandbox_on_loopback(
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    with running(tmp_path, "serve") as (lines, address):
        status, html = get(address)
        elapsed = time.monotonic() - started

    assert lines[0].startswith("No Slack credentials are set")
    assert "sandbox" in lines[0]
    assert address.startswith("http://127.0.0.1:")
    assert status == 200
    assert "<title>mmbot sandbox</title>" in html
    assert elapsed < START_SECONDS
    assert (tmp_path / "mmbot-sandbox.db").exists()


@pytest.mark.slow
def test_sandbox_reset_deletes_what_was_changed_and_seeds_again(tmp_path: Path) -> None:
    command = {"user": people.ADMIN.id, "channel": people.CONTACT_CENTER.id}
    with running(tmp_path, "sandbox") as (_, address):
        page_call(
            address, "send", {**command, "text": "/mmprofile create Scratch type=blended chat=1"}
        )
    with running(tmp_path, "sandbox") as (lines, address):
        page_call(address, "send", {**command, "text": "/mmprofile show Scratch"})
        kept = page_call(address, "state", {"user": people.ADMIN.id})
    with running(tmp_path, "sandbox", "--reset") as (reset_lines, address):
        page_call(address, "send", {**command, "text": "/mmprofile list"})
        fresh = page_call(address, "state", {"user": people.ADMIN.id})

    assert "kept from the last run" in lines[1]
    assert "Scratch" in str(kept["messages"])
    assert "deleted and started over" in reset_lines[1]
    assert "Scratch" not in str(fresh["messages"])
    assert "Chat Heavy" in str(fresh["messages"])


def test_serve_with_only_oauth_credentials_is_a_slack_deployment_not_the_sandbox(
    tmp_path: Path,
) -> None:
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", ""),
        "PORT": str(free_port()),
        "SLACK_CLIENT_ID": "1111.2222",
        "SLACK_CLIENT_SECRET": "cl1ent-secr3t",
    }
    finished = subprocess.run(
        [sys.executable, "-m", "mmbot", "serve"],
        cwd=tmp_path,  # no .env here
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert "SLACK_SIGNING_SECRET" in finished.stderr
    assert "sandbox" not in finished.stdout.lower()
    assert not (tmp_path / "mmbot-sandbox.db").exists()


@pytest.mark.slow
def test_the_first_line_in_the_terminal_is_the_sandbox_notice(tmp_path: Path) -> None:
    """What a terminal shows, stderr and stdout together: no library warning comes first."""
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", ""), "PORT": str(free_port())}
    process = subprocess.Popen(
        [sys.executable, "-m", "mmbot", "serve"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
    finally:
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=30)
    assert first.startswith("No Slack credentials are set"), first + rest
    assert "will be ignored" not in first + rest
