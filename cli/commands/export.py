"""`mmbot export [--workspace W] [-o FILE]`: the workspace as a stable JSON document."""

from __future__ import annotations

import argparse
import sys

from cli.config import add_workspace_option
from cli.files import write_text
from cli.output import EXIT_OK, guarded
from cli.transfer import open_workspace
from domain.messages import t
from domain.transfer.document import dump_document
from domain.transfer.service import export_workspace


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
        factory, workspace = open_workspace(args)
        with factory(workspace, write=False) as uow:
            text = dump_document(export_workspace(uow))
        if args.output:
            write_text(args.output, text)
            print(t("transfer.exported", workspace=workspace, path=args.output), file=sys.stderr)
        else:
            sys.stdout.write(text)
        return EXIT_OK

    return guarded(action)
