"""The sandbox in a real headless Chromium (the system's, never a downloaded one)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sandbox.server import Sandbox
from tests.e2e.browser import CHROMIUM_ARGS, chromium_path

# Each step waits at most this long for the page to show what it should.
STEP_MS = 10_000


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run installs Debian's chromium package")
        pytest.skip(
            "Chromium is not installed (apt-get install chromium); the browser tests need it"
        )
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=STEP_MS)

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def seeded_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a freshly seeded sandbox database, seeded once for every test."""
    folder = tmp_path_factory.mktemp("seeded")
    Sandbox(port=0, directory=folder).close()
    return folder


@pytest.fixture
def sandbox(tmp_path: Path, seeded_folder: Path) -> Iterator[Sandbox]:
    """A fresh sandbox (a copy of the seeded database in tmp_path) on a free loopback port."""
    for path in seeded_folder.iterdir():
        shutil.copy(path, tmp_path / path.name)
    running = Sandbox(port=0, directory=tmp_path)
    thread = running.start_in_thread()
    yield running
    running.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any, sandbox: Sandbox) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.set_default_timeout(STEP_MS)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.goto(sandbox.url + "/")
    opened.locator("#user-switch option").first.wait_for(state="attached")
    yield opened
    context.close()
    assert not problems, f"the page raised: {problems}"
