"""`mmbot import FILE [--dry-run]`: restore or merge an export document, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.config import add_change_options
from cli.files import read_text
from cli.transfer import run_import
from domain.commands import model as m
from domain.transfer.document import parse_document


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "import",
        help="create or update everything in an export document (validated first, all or nothing)",
        description=(
            "Import a document written by `mmbot export`. Everything is validated first; then "
            "it is applied in one transaction. Objects not in the document are left alone."
        ),
    )
    parser.add_argument("file", help="the JSON document ('-' reads standard input)")
    add_change_options(parser, dry_run=True)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    return run_import(
        args,
        lambda progress: m.ImportDocument(
            document=parse_document(read_text(args.file)),
            source=Path(args.file).name,
            dry_run=args.dry_run,
            progress=progress,
        ),
    )
