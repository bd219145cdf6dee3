"""Environment for the CLI: `.env`, the database URL, the workspace and the local actor."""

from __future__ import annotations

import argparse
import getpass
import os

from dotenv import load_dotenv

from domain.audit import Actor, ActorKind
from domain.messages import DEFAULT_LANGUAGE, Text, msg
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2); `text` says what and what is allowed."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.key)
        self.text = text


def language() -> str:
    """The language the CLI answers in."""
    return os.environ.get("MMBOT_LANG") or DEFAULT_LANGUAGE


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """--workspace, shared by every subcommand that works on one workspace."""
    parser.add_argument("--workspace", help="workspace id (default: the only one, or 'local')")


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
    return Actor(kind=ActorKind.CLI, id=who, name=who)


def choose_workspace(factory: UnitOfWorkFactory, wanted: str | None) -> str:
    """--workspace if given, else the only workspace, else `local` when there is none."""
    if wanted:
        return wanted
    known = factory.workspace_ids()
    if not known:
        return LOCAL_WORKSPACE
    if len(known) == 1:
        return known[0]
    raise UsageProblem(msg("cli.several_workspaces", names=tuple(known)))
