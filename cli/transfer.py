"""What the export and import subcommands share: reading files, opening the store, refusals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.config import UsageProblem, choose_workspace, local_actor
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from cli.progress import ProgressDisplay
from domain.commands.execute import prepare_workspace
from domain.messages import t
from domain.transfer.problems import ImportRefused
from domain.transfer.steps import ImportPlan
from domain.transfer.summary import summary_lines
from storage.bootstrap import open_store
from storage.uow import SqlUnitOfWorkFactory


def read_text(path: str) -> str:
    """The file's text ('-' reads standard input); a missing file is a usage problem."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageProblem(t("cli.no_such_file", path=path)) from None
    except UnicodeDecodeError:
        raise UsageProblem(t("cli.not_utf8", path=path)) from None


def open_workspace(wanted: str | None) -> tuple[SqlUnitOfWorkFactory, str]:
    """The store and the chosen workspace, created with its default profile if it is new."""
    factory = open_store()
    workspace = choose_workspace(factory, wanted)
    prepare_workspace(factory, workspace)
    return factory, workspace


Importer = Callable[..., ImportPlan]


def import_and_summarise(
    args: argparse.Namespace, importer: Importer, content: object
) -> list[str]:
    """Run `importer` in one write unit of work, committed unless --dry-run; the summary lines."""
    factory, workspace = open_workspace(args.workspace)
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
