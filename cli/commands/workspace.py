"""`mmbot workspace add <id>` and `mmbot workspace list`: workspaces made on purpose only."""

from __future__ import annotations

import argparse
import re

from cli.config import UsageProblem, language, store_of
from cli.output import EXIT_OK, guarded, show
from domain.application.workspaces import prepare_workspace
from domain.messages import Translator, msg

# Slack team ids (T…, E… for grids) and simple local names; never spaces or markup.
_WORKSPACE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "workspace", help="add or list workspaces", description="Add or list workspaces."
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create a workspace with its default profile")
    add.add_argument("id", help="workspace id, e.g. the Slack team id T01234567")
    add.set_defaults(run=_add)
    listing = actions.add_parser("list", help="list the workspaces of this database")
    listing.set_defaults(run=_list)


def _add(args: argparse.Namespace) -> int:
    def action() -> int:
        tr = Translator(language())
        workspace_id = args.id.strip()
        if not _WORKSPACE_ID.fullmatch(workspace_id):
            raise UsageProblem(msg("cli.bad_workspace_id", workspace=workspace_id))
        factory = store_of(args)
        if workspace_id in factory.workspace_ids():
            show(tr("cli.workspace_exists", workspace=workspace_id))
            return EXIT_OK
        prepare_workspace(factory, workspace_id)
        show(tr("cli.workspace_added", workspace=workspace_id))
        return EXIT_OK

    return guarded(action)


def _list(args: argparse.Namespace) -> int:
    def action() -> int:
        known = store_of(args).workspace_ids()
        tr = Translator(language())
        show(tr("cli.workspace_list", count=len(known)) if known else tr("cli.workspace_none"))
        for workspace_id in known:
            print(workspace_id)
        return EXIT_OK

    return guarded(action)
