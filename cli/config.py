"""What every subcommand shares: its settings, the store, the workspace and the local actor."""

from __future__ import annotations

import argparse
import contextlib
import getpass

from config.settings import Settings
from domain.audit import Actor
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE
from storage.bootstrap import open_store
from storage.uow import SqlUnitOfWorkFactory


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2)."""


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


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings `mmbot` read (and checked) before it ran the subcommand."""
    settings = args.settings
    assert isinstance(settings, Settings), "cli.main puts the settings on the arguments"
    return settings


def store_of(args: argparse.Namespace) -> SqlUnitOfWorkFactory:
    """The store at DATABASE_URL, migrated; its connections close when the subcommand ends."""
    factory = open_store(settings_of(args).database_url)
    resources = args.resources
    assert isinstance(resources, contextlib.ExitStack), "cli.main gives every run its resources"
    resources.callback(factory.engine.dispose)
    return factory


def local_actor(name: str | None) -> Actor:
    """The CLI user: --as NAME, else the login name."""
    who = (name or _login() or "cli").strip()
    return Actor(kind="cli", id=who, name=who)


def _login() -> str | None:
    try:
        return getpass.getuser()
    except OSError:  # no login name in the environment nor in the password database
        return None


def choose_workspace(factory: UnitOfWorkFactory, wanted: str | None) -> str:
    """--workspace if given, else the only workspace, else `local` when there is none."""
    if wanted:
        return wanted
    known = factory.workspace_ids()
    if not known:
        return LOCAL_WORKSPACE
    if len(known) == 1:
        return known[0]
    raise UsageProblem(
        "This database holds several workspaces: "
        + ", ".join(known)
        + ". Choose one with --workspace."
    )
