"""`mmbot`: the command-line front end."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from cli.commands import cmd, db, export, import_, import_agents, report, serve
from cli.config import asked_language, load_environment
from domain.messages import DEFAULT_LANGUAGE, reading


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per module in cli.commands."""
    parser = argparse.ArgumentParser(
        prog="mmbot", description="Manage contact-center multimedia profiles (Slack bot and CLI)."
    )
    parser.add_argument("--log-level", default="WARNING", help="logging level (default WARNING)")
    subcommands = parser.add_subparsers(dest="subcommand", required=True, metavar="COMMAND")
    for module in (cmd, db, export, import_, import_agents, report, serve):
        module.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `mmbot` console script; returns the exit code."""
    load_environment()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    with reading(asked_language(args) or DEFAULT_LANGUAGE) as switch:
        args.switch_language = switch
        code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
