"""Environment for the CLI: `.env`, the database URL, the workspace and the local actor."""

from __future__ import annotations

import argparse
import getpass
import os

from dotenv import load_dotenv

from domain.audit import Actor
from domain.messages import LANGUAGES, t
from domain.messages.formatting import language_of
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2)."""


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """--workspace and --lang, shared by every subcommand that works on one workspace."""
    parser.add_argument("--workspace", help="workspace id (default: the only one, or 'local')")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the output (default: MMBOT_LANG, else the workspace's language)",
    )


def asked_language(args: argparse.Namespace) -> str | None:
    """--lang, else MMBOT_LANG when it names a language mmbot speaks; None: not asked."""
    return getattr(args, "lang", None) or language_of(os.environ.get("MMBOT_LANG"))


def follow_workspace_language(
    args: argparse.Namespace, factory: UnitOfWorkFactory, workspace_id: str
) -> None:
    """Without --lang or MMBOT_LANG, the rest of this run reads in the workspace's language."""
    if asked_language(args) is None:
        with factory(workspace_id, write=False) as uow:
            workspace = uow.workspaces.get()
        if workspace is not None:
            args.switch_language(workspace.language)


def add_change_options(parser: argparse.ArgumentParser, *, dry_run: bool = False) -> None:
    """--workspace and --as (and optionally --dry-run) for subcommands that change things."""
    add_workspace_option(parser)
    parser.add_argument(
        "--as", dest="actor", help="name recorded as the actor (default: your login)"
    )
    if dry_run:
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would change; write nothing"
        )


def load_environment() -> None:
    """Read a `.env` file in the working directory without overriding the real environment."""
    load_dotenv(os.path.join(os.getcwd(), ".env"), override=False)


def local_actor(name: str | None) -> Actor:
    """The CLI user: --as NAME, else the login name."""
    who = (name or os.environ.get("USER") or getpass.getuser() or "cli").strip()
    return Actor(kind="cli", id=who, name=who)


def choose_workspace(factory: UnitOfWorkFactory, wanted: str | None) -> str:
    """--workspace if given, else the only workspace, else `local` when there is none."""
    if wanted:
        return wanted
    known = factory.workspace_ids()
    if not known:
        return LOCAL_WORKSPACE
    if len(known) == 1:
        return known[0]
    raise UsageProblem(t("cli.several_workspaces", workspaces=tuple(known)))
