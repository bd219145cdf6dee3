"""`mmbot`: the command-line front end."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from cli.commands import cmd, db, export, import_, import_agents, report
from cli.config import answering_in, asked_language, load_environment

COMMANDS: tuple[ModuleType, ...] = (cmd, db, export, import_, import_agents, report)


def build_parser(extra: Sequence[ModuleType] = ()) -> argparse.ArgumentParser:
    """The argument parser with one subcommand per module (cli.commands, then `extra`)."""
    parser = argparse.ArgumentParser(
        prog="mmbot", description="Manage contact-center multimedia profiles (Slack bot and CLI)."
    )
    parser.add_argument("--log-level", default="WARNING", help="logging level (default WARNING)")
    subcommands = parser.add_subparsers(dest="subcommand", required=True, metavar="COMMAND")
    for module in (*COMMANDS, *extra):
        module.register(subcommands)
    return parser


def run(argv: Sequence[str] | None = None, *, extra: Sequence[ModuleType] = ()) -> int:
    """Parse `argv` and run its subcommand; returns the exit code."""
    load_environment()
    args = build_parser(extra).parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    with answering_in(asked_language(args)):
        code: int = args.run(args)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The CLI's own subcommands (the `mmbot` program adds `serve`)."""
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
