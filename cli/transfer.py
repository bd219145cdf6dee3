"""What the export and import subcommands share: reading files, running imports, refusals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.bootstrap import start
from cli.config import UsageProblem
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from cli.progress import ProgressDisplay
from domain.commands import model as m
from domain.messages import msg
from domain.transfer.problems import ImportRefused


def read_text(path: str) -> str:
    """The file's text ('-' reads standard input); a missing file is a usage problem."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageProblem(msg("cli.no_such_file", path=path)) from None
    except UnicodeDecodeError:
        raise UsageProblem(msg("cli.not_utf8", path=path)) from None


ImportCommand = Callable[[ProgressDisplay], m.Command]


def run_import(args: argparse.Namespace, command_for: ImportCommand) -> int:
    """Run the import command through the application; a refusal prints every problem."""

    def action() -> int:
        session = start(args)
        progress = ProgressDisplay(session.caller.lang)
        try:
            result = session.app.handle(command_for(progress), session.caller)
        except ImportRefused as refused:
            progress.finish()
            print(session.tr.text(refused.headline), file=sys.stderr)
            for line in refused.all_lines():
                print(session.tr.text(line), file=sys.stderr)
            return EXIT_REFUSED
        progress.finish()
        print(result.reply.as_text(session.tr))
        return EXIT_OK

    return guarded(action)
