"""`mmbot report --now | --print`: the report of SPEC §4 on demand, posted or printed."""

from __future__ import annotations

import argparse
import sys

from cli.bootstrap import bot_token, start
from cli.config import UsageProblem, add_workspace_option, settings_of
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from domain.commands import model as m
from domain.messages import msg


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "report",
        help="the profile report now: --now posts it to the report channel, --print shows it",
        description="Build the report of inactive and unassigned profiles now.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--now", action="store_true", help="post it to the report channel now")
    mode.add_argument("--print", action="store_true", help="print it here without posting")
    add_workspace_option(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        if args.now and not bot_token(settings_of(args)):
            raise UsageProblem(msg("report.cli_no_token"))
        session = start(args)
        command: m.Command = m.PostReport() if args.now else m.RunReport()
        result = session.app.handle(command, session.caller)
        if result.undelivered:
            for problem in result.undelivered:
                print(session.tr.text(problem.reason), file=sys.stderr)
            return EXIT_REFUSED
        print(result.reply.as_text(session.tr))
        return EXIT_OK

    return guarded(action)
