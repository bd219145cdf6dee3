"""`mmbot db upgrade`: create or upgrade the schema (idempotent)."""

from __future__ import annotations

import argparse

from cli.config import settings_of
from cli.output import EXIT_OK, guarded
from storage.migrate import current_revision, upgrade


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser("db", help="database schema: mmbot db upgrade")
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    up = actions.add_parser("upgrade", help="create or upgrade the schema to the latest revision")
    up.set_defaults(run=_upgrade)


def _upgrade(args: argparse.Namespace) -> int:
    def action() -> int:
        url = settings_of(args).database_url
        upgrade(url)
        print(f"Schema is at revision {current_revision(url)}.")
        return EXIT_OK

    return guarded(action)
