"""What every subcommand shares: its settings, the store, the workspace and the local actor."""

from __future__ import annotations

import argparse
import contextlib
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from config.settings import Settings, SettingsError, load_settings
from domain import lengths
from domain.audit import Actor, ActorKind
from domain.messages import DEFAULT_LANGUAGE, LANGUAGES, Text, msg
from domain.messages.formatting import language_of
from domain.names import fits_as_actor
from domain.ports import UnitOfWorkFactory
from domain.workspace import LOCAL_WORKSPACE
from storage.bootstrap import open_store
from storage.uow import SqlUnitOfWorkFactory


class UsageProblem(Exception):
    """The command line itself is wrong (exit code 2); `text` says what and what is allowed."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.key)
        self.text = text


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings `mmbot` read (and checked) before it ran the subcommand."""
    settings = getattr(args, "settings", None)
    assert isinstance(settings, Settings), "cli.main puts the settings on the arguments"
    return settings


# The language of this run once it is known: --lang or MMBOT_LANG at once, else the
# workspace's when the workspace is chosen (see settle_language).
_chosen: ContextVar[str | None] = ContextVar("mmbot_cli_language", default=None)


def asked_language(args: argparse.Namespace) -> str | None:
    """--lang, else MMBOT_LANG when it is set; None: not asked for (the workspace's applies)."""
    if lang := getattr(args, "lang", None):
        return str(lang)
    settings = getattr(args, "settings", None)
    if isinstance(settings, Settings) and "language" in settings.model_fields_set:
        return language_of(settings.language)
    return None


def check_language(settings: Settings) -> None:
    """MMBOT_LANG, when set, names a language mmbot speaks (`hu`, `hu_HU.UTF-8`); else the
    run stops with SettingsError before anything is touched, as for any other bad value."""
    if "language" in settings.model_fields_set and language_of(settings.language) is None:
        raise SettingsError("MMBOT_LANG", settings.language)


def language() -> str:
    """The language the CLI answers in: --lang, else MMBOT_LANG, else the workspace's."""
    if chosen := _chosen.get():
        return chosen
    try:
        return language_of(load_settings().language) or DEFAULT_LANGUAGE
    except SettingsError:  # the message saying so must still be readable
        return DEFAULT_LANGUAGE


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


def store_of(args: argparse.Namespace) -> SqlUnitOfWorkFactory:
    """The store at DATABASE_URL, migrated; its connections close when the subcommand ends."""
    factory = open_store(settings_of(args).database_url)
    resources = args.resources
    assert isinstance(resources, contextlib.ExitStack), "cli.main gives every run its resources"
    resources.callback(factory.engine.dispose)
    return factory


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


def local_actor(name: str | None) -> Actor:
    """The CLI user: --as NAME, else the login name."""
    who = (name or _login() or "cli").strip()
    if not fits_as_actor(who):
        shown = who[:40] + "…" if len(who) > 40 else who
        raise UsageProblem(msg("actor.bad_name", value=shown, maximum=lengths.ACTOR_NAME))
    return Actor(kind=ActorKind.CLI, id=who, name=who)


def _login() -> str | None:
    try:
        return getpass.getuser()
    except OSError:  # no login name in the environment nor in the password database
        return None


def choose_workspace(factory: UnitOfWorkFactory, wanted: str | None) -> str:
    """--workspace if it is known, else the only workspace, else `local` when there is none.

    A command never creates a workspace by accident (SPEC §7): an unknown --workspace is
    refused with the known ones; `mmbot workspace add` creates one on purpose.
    """
    known = factory.workspace_ids()
    if wanted:
        wanted = wanted.strip()
        if wanted in known or (not known and wanted == LOCAL_WORKSPACE):
            return wanted
        if not known:
            raise UsageProblem(msg("cli.no_such_workspace_none", workspace=wanted))
        raise UsageProblem(msg("cli.no_such_workspace", workspace=wanted, names=tuple(known)))
    if not known:
        return LOCAL_WORKSPACE
    if len(known) == 1:
        return known[0]
    raise UsageProblem(msg("cli.several_workspaces", names=tuple(known)))
