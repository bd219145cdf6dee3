"""`mmbot db upgrade`: create or upgrade the schema (idempotent)."""

from __future__ import annotations

import argparse

from cli.config import language
from cli.output import EXIT_OK, guarded
from domain.messages import t
from storage.engine import default_database_url
from storage.migrate import current_revision, upgrade


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser("db", help="database schema: mmbot db upgrade")
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    up = actions.add_parser("upgrade", help="create or upgrade the schema to the latest revision")
    up.set_defaults(run=_upgrade)


def _upgrade(_: argparse.Namespace) -> int:
    def action() -> int:
        url = default_database_url()
        upgrade(url)
        print(t(language(), "cli.schema_revision", revision=current_revision(url)))
        return EXIT_OK

    return guarded(action)
