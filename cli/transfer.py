"""What the import subcommands share: running the import, printing its refusal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cli.bootstrap import start
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from cli.progress import ProgressDisplay
from domain.commands import model as m
from domain.transfer.problems import ImportRefused

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
