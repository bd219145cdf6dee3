"""Entry point of the `mmbot` console script."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cli.main import run
from mmbot import serve


def main(argv: Sequence[str] | None = None) -> int:
    """Every subcommand: the CLI's, and `serve` for the Slack app; returns the exit code."""
    return run(argv, extra=(serve,))


if __name__ == "__main__":
    sys.exit(main())
