"""`mmbot cmd "<text>"`: run one command of the /mmprofile grammar as a local administrator."""

from __future__ import annotations

import argparse
import sys

from cli.bootstrap import start
from cli.config import add_change_options
from cli.output import EXIT_OK, guarded
from domain.commands.grammar import parse


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "cmd",
        help="run one /mmprofile command, e.g. mmbot cmd 'list all'",
        description="Run one command of the /mmprofile grammar. `mmbot cmd help` lists them.",
    )
    parser.add_argument(
        "text", nargs="+", help="the command, quoted as one argument or as several words"
    )
    add_change_options(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        command = parse(" ".join(args.text))
        session = start(args)
        result = session.app.handle(command, session.caller)
        print(result.reply.as_text(session.tr))
        # The change is saved; a notice that could not be posted is only reported.
        for problem in result.undelivered:
            print(session.tr.text(problem.reason), file=sys.stderr)
        return EXIT_OK

    return guarded(action)
