"""Progress of long imports: a bar redrawn in place on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
from typing import TextIO

from domain.messages import t

BAR_WIDTH = 30
# Shorter runs finish before progress would be worth reading.
LONG_RUN = 500


class ProgressDisplay:
    """Called with (done, total); draws a `\\r`-updated bar on a TTY, else prints periodic lines."""

    def __init__(self, lang: str, stream: TextIO | None = None) -> None:
        self.lang = lang
        self.stream = stream or sys.stderr
        self.on_terminal = self.stream.isatty()
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if total < LONG_RUN:
            return
        text = t(self.lang, "transfer.progress", done=done, total=total)
        if not self.on_terminal:
            print(text, file=self.stream, flush=True)
            return
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {text}")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        """End the bar's line, so what is printed next starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
