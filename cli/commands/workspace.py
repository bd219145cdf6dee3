"""`mmbot workspace list | add | admins | delete`: workspaces on purpose, never by accident."""

from __future__ import annotations

import argparse
import re
import sys

from cli.bootstrap import application, token_source
from cli.config import UsageProblem, language, local_actor, settings_of, store_of
from cli.output import EXIT_OK, EXIT_REFUSED, guarded, show
from domain.application import Caller
from domain.commands import model as m
from domain.messages import Translator, msg
from domain.services.workspaces import ensure_workspace
from storage.uow import SqlUnitOfWorkFactory
from storage.workspace_removal import delete_workspace

# Slack team ids (T…, E… for grids) and simple local names; never spaces or markup.
_WORKSPACE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "workspace",
        help="list, create, delete workspaces; set a workspace's own administrators",
        description="Workspaces in this database. Slack creates one when the app is installed.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="every workspace, and whether it has a Slack token")
    add = actions.add_parser("add", help="create a workspace with its default profile")
    add.add_argument("id", help="the Slack team id (T…), or a name for a local workspace")
    admins = actions.add_parser("admins", help="set the workspace's own administrators")
    admins.add_argument("id")
    admins.add_argument("--users", help="comma-separated Slack user ids; '' clears them")
    admins.add_argument("--group", help="a Slack user group id (S…); '' clears it")
    admins.add_argument("--as", dest="actor", help="name recorded as the actor")
    delete = actions.add_parser("delete", help="delete a workspace and ALL its data")
    delete.add_argument("id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        factory = store_of(args)
        run = {"list": _list, "add": _add, "admins": _admins, "delete": _delete}[args.action]
        return run(factory, args)

    return guarded(action)


def _t(key: str, **params: object) -> str:
    return Translator(language()).text(msg(key, **params))


def _list(factory: SqlUnitOfWorkFactory, args: argparse.Namespace) -> int:
    known = factory.workspace_ids()
    if not known:
        print(_t("workspace.none"))
    tokens = token_source(settings_of(args), factory)
    for workspace_id in known:
        installed = tokens is not None and tokens.tokens_for(workspace_id) is not None
        state = _t("workspace.installed" if installed else "workspace.not_installed")
        print(_t("workspace.listed", workspace=workspace_id, installed=state))
    return EXIT_OK


def _add(factory: SqlUnitOfWorkFactory, args: argparse.Namespace) -> int:
    workspace_id = args.id.strip()
    if not _WORKSPACE_ID.fullmatch(workspace_id):
        raise UsageProblem(msg("cli.bad_workspace_id", workspace=workspace_id))
    args.id = workspace_id
    if args.id in factory.workspace_ids():
        print(_t("workspace.exists", workspace=args.id))
        return EXIT_OK
    ensure_workspace(factory, args.id)
    print(_t("workspace.added", workspace=args.id))
    return EXIT_OK


def _known(factory: SqlUnitOfWorkFactory, workspace_id: str) -> bool:
    known = factory.workspace_ids()
    if workspace_id in known:
        return True
    print(
        _t("workspace.unknown", workspace=workspace_id, known=", ".join(known) or "-"),
        file=sys.stderr,
    )
    return False


def _admins(factory: SqlUnitOfWorkFactory, args: argparse.Namespace) -> int:
    if not _known(factory, args.id):
        return EXIT_REFUSED
    users = (
        None if args.users is None else tuple(u.strip() for u in args.users.split(",") if u.strip())
    )
    command = m.SetWorkspaceAdmins(users=users, group=args.group)
    caller = Caller(args.id, local_actor(args.actor), language())
    result = application(settings_of(args), factory).handle(command, caller)
    show(result.reply.as_text(Translator(caller.lang)))
    return EXIT_OK


def _delete(factory: SqlUnitOfWorkFactory, args: argparse.Namespace) -> int:
    if not _known(factory, args.id):
        return EXIT_REFUSED
    if not args.yes:
        print(_t("workspace.confirm_delete", workspace=args.id), end="", flush=True)
        answer = sys.stdin.readline().strip()
        if answer != args.id:
            print(_t("workspace.delete_not_confirmed", workspace=args.id), file=sys.stderr)
            return EXIT_REFUSED
    delete_workspace(factory.engine, args.id)
    print(_t("workspace.deleted", workspace=args.id))
    return EXIT_OK
