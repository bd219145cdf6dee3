"""Environment for the CLI: `.env`, the database URL, the workspace and the local actor."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from dotenv import load_dotenv

from domain.audit import Actor, ActorKind
from domain.messages import DEFAULT_LANGUAGE, LANGUAGES, Text, msg
from domain.messages.formatting import language_of
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2); `text` says what and what is allowed."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.key)
        self.text = text


# The language of this run once it is known: --lang or MMBOT_LANG at once, else the
# workspace's when the workspace is chosen (see settle_language).
_chosen: ContextVar[str | None] = ContextVar("mmbot_cli_language", default=None)


def asked_language(args: argparse.Namespace) -> str | None:
    """--lang, else MMBOT_LANG when it names a language mmbot speaks; None: not asked for."""
    return getattr(args, "lang", None) or language_of(os.environ.get("MMBOT_LANG"))


def language() -> str:
    """The language the CLI answers in: --lang, else MMBOT_LANG, else the workspace's."""
    return _chosen.get() or language_of(os.environ.get("MMBOT_LANG")) or DEFAULT_LANGUAGE


@contextmanager
def answering_in(asked: str | None) -> Iterator[None]:
    """One run of the CLI, in the language asked for (None: the workspace's, once known)."""
    token = _chosen.set(asked)
    try:
        yield
    finally:
        _chosen.reset(token)


def settle_language(args: argparse.Namespace, factory: UnitOfWorkFactory, workspace: str) -> str:
    """The language of the rest of this run: the one asked for, else the workspace's."""
    lang = asked_language(args)
    if lang is None:
        with factory(workspace, write=False) as uow:
            stored = uow.workspaces.get()
        lang = stored.language if stored is not None else DEFAULT_LANGUAGE
    _chosen.set(lang)
    return lang


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """--workspace and --lang, shared by every subcommand that works on one workspace."""
    parser.add_argument("--workspace", help="workspace id (default: the only one, or 'local')")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the output (default: MMBOT_LANG, else the workspace's language)",
    )


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
