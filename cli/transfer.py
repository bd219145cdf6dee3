"""What the export and import subcommands share: opening the store, summaries, refusals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.config import choose_workspace, local_actor, store_of
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from cli.progress import ProgressDisplay
from domain.commands.execute import prepare_workspace
from domain.transfer.problems import ImportRefused
from domain.transfer.steps import ImportPlan
from domain.transfer.summary import summary_lines
from storage.uow import SqlUnitOfWorkFactory


def open_workspace(args: argparse.Namespace) -> tuple[SqlUnitOfWorkFactory, str]:
    """The store and the --workspace chosen, created with its default profile if it is new."""
    factory = store_of(args)
    workspace = choose_workspace(factory, args.workspace)
    prepare_workspace(factory, workspace)
    return factory, workspace


Importer = Callable[..., ImportPlan]


def import_and_summarise(
    args: argparse.Namespace, importer: Importer, content: object
) -> list[str]:
    """Run `importer` in one write unit of work, committed unless --dry-run; the summary lines."""
    factory, workspace = open_workspace(args)
    progress = ProgressDisplay()
    with factory(workspace) as uow:
        plan = importer(
            uow,
            local_actor(args.actor),
            content,
            source=Path(args.file).name,
            dry_run=args.dry_run,
            progress=progress,
        )
        if not args.dry_run:
            uow.commit()
    progress.finish()
    return summary_lines(plan, dry_run=args.dry_run)


def run_import(action: Callable[[], list[str]]) -> int:
    """Print the summary lines of `action`; a refused import prints every problem to stderr."""

    def guarded_action() -> int:
        try:
            lines = action()
        except ImportRefused as refused:
            print(refused.message.split("\n", 1)[0], file=sys.stderr)
            for line in refused.all_lines():
                print(line, file=sys.stderr)
            return EXIT_REFUSED
        print("\n".join(lines))
        return EXIT_OK

    return guarded(guarded_action)
