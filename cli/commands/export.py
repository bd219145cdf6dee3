"""`mmbot export [--workspace W] [-o FILE]`: the workspace as a stable JSON document."""

from __future__ import annotations

import argparse
import sys

from cli.bootstrap import start
from cli.config import add_workspace_option
from cli.files import write_text
from cli.output import EXIT_OK, guarded, say
from domain.commands import model as m
from domain.messages import msg
from domain.transfer.document import ExportDocument, dump_document


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "export",
        help="write settings, profiles, sites, teams, agents and assignments as JSON",
        description="Export one workspace as a JSON document that `mmbot import` reads back.",
    )
    add_workspace_option(parser)
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        session = start(args)
        result = session.app.handle(m.ExportWorkspace(), session.caller)
        assert isinstance(result.data, ExportDocument)
        text = dump_document(result.data)
        if args.output:
            write_text(args.output, text)
            say(msg("transfer.exported", workspace=session.workspace_id, path=args.output))
        else:
            sys.stdout.write(text)
        return EXIT_OK

    return guarded(action)
