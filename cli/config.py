"""Environment for the CLI: `.env`, the database URL, the workspace and the local actor."""

from __future__ import annotations

import getpass
import os

from dotenv import load_dotenv

from domain.audit import Actor
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2)."""


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
    raise UsageProblem(
        "This database holds several workspaces: "
        + ", ".join(known)
        + ". Choose one with --workspace."
    )
