"""Take the README's pictures of the sandbox: `python -m tests.e2e.screenshots docs`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from sandbox.server import Sandbox
from tests.e2e.browser import CHROMIUM_ARGS, chromium_path


def _send(page: Any, text: str) -> None:
    box = page.locator("#message-box")
    box.fill(text)
    box.press("Enter")


def take(folder: Path) -> list[Path]:
    """A channel with answers and a change notice, and the create form showing a field error."""
    sandbox = Sandbox(port=0, directory=Path(tempfile.mkdtemp(prefix="mmbot-sandbox-")))
    thread = sandbox.start_in_thread()
    channel, form = folder / "sandbox.png", folder / "sandbox-form.png"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium_path(), args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(sandbox.url + "/")
            _send(page, '/mmprofile assign "Weekend Pilot" team Escalations')
            page.locator("#messages .message:not(.ephemeral)").first.wait_for()
            _send(page, "/mmprofile list")
            page.locator("#messages pre.code-block").wait_for()
            page.screenshot(path=str(channel))
            _send(page, "/mmprofile create")
            modal = page.locator("#modal-layer .modal")
            modal.locator('[data-block-id="name"] input').fill("Weekend Chat")
            modal.locator('[data-block-id="voice"] input').fill("7")
            modal.locator(".modal-submit").click()
            modal.locator(".bk-error:visible").wait_for()
            page.screenshot(path=str(form))
            browser.close()
    finally:
        sandbox.shutdown()
        thread.join(timeout=10)
    return [channel, form]


if __name__ == "__main__":
    for path in take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(path)
