"""`mmbot`: the command-line front end."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cli.commands import cmd, db, export, import_, import_agents, report, workspace
from cli.config import answering_in, asked_language, check_language
from cli.output import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_USAGE, say
from config.settings import SettingsError, load_settings, log_level
from domain.messages import msg

COMMANDS: tuple[ModuleType, ...] = (cmd, db, export, import_, import_agents, report, workspace)


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
    """Parse `argv` and run its subcommand; returns the exit code, never a traceback."""
    try:
        code = _run(argv, extra)
        # Flushed here, so a reader that has gone is noticed now and not at interpreter exit.
        sys.stdout.flush()
    except KeyboardInterrupt:
        say(msg("cli.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `mmbot … | head`: the rest of the output has nowhere to go; say nothing, like cat.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


def _run(argv: Sequence[str] | None, extra: Sequence[ModuleType]) -> int:
    args = build_parser(extra).parse_args(argv)
    # Every setting is checked before any subcommand touches the database or Slack.
    try:
        level = log_level(args.log_level)
        args.settings = load_settings()
        check_language(args.settings)
    except SettingsError as error:
        say(msg(error.key, **error.params))
        return EXIT_USAGE
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with contextlib.ExitStack() as resources, answering_in(asked_language(args)):
        args.resources = resources
        code: int = args.run(args)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The CLI's own subcommands (the `mmbot` program adds `serve`)."""
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
