"""`mmbot import-agents FILE.csv [--dry-run]`: onboard agents from CSV, all rows or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.config import add_change_options
from cli.files import read_text
from cli.transfer import run_import
from domain.commands import model as m
from domain.transfer.csv_agents import MAX_ROWS


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "import-agents",
        help="create or update agents from CSV: name,email,slack,teams,profile",
        description=(
            "Import agents from a CSV file with a header line naming the columns "
            "name,email,slack,teams,profile (teams separated by ';'; email, slack and profile "
            f"may be empty). At most {MAX_ROWS} rows; every row is checked before anything is "
            "written, and a file with any bad row writes nothing."
        ),
    )
    parser.add_argument("file", help="the CSV file ('-' reads standard input)")
    add_change_options(parser, dry_run=True)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    return run_import(
        args,
        lambda progress: m.ImportAgentCsv(
            csv_text=read_text(args.file),
            source=Path(args.file).name,
            dry_run=args.dry_run,
            progress=progress,
        ),
    )
