"""`mmbot cmd "<text>"`: run one command of the /mmprofile grammar as a local administrator."""

from __future__ import annotations

import argparse
import sys

from bot.config import BotConfig
from bot.notices import post_change_notice
from bot.slack_client import make_web_client
from bot.tokens import TokenSource, token_source
from cli.config import add_change_options, choose_workspace, local_actor
from cli.output import EXIT_OK, guarded
from domain.commands.execute import run
from domain.commands.grammar import parse
from domain.commands.replies import Reply
from domain.messages import t
from domain.ports import UnitOfWorkFactory
from domain.services.workspaces import current
from storage.bootstrap import open_store


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "cmd",
        help="run one /mmprofile command, e.g. mmbot cmd 'list all'",
        description="Run one command of the /mmprofile grammar. `mmbot cmd help` lists them.",
    )
    parser.add_argument(
        "text", nargs="+", help="the command, quoted as one argument or as several words"
    )
    add_change_options(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        command = parse(" ".join(args.text))
        factory = open_store()
        workspace_id = choose_workspace(factory, args.workspace)
        reply = run(
            command,
            factory=factory,
            workspace_id=workspace_id,
            actor=local_actor(args.actor),
            is_admin=True,
        )
        print(reply.as_text())
        _announce(factory, workspace_id, reply, token_source(BotConfig.from_env(), factory.engine))
        return EXIT_OK

    return guarded(action)


def _announce(
    factory: UnitOfWorkFactory, workspace_id: str, reply: Reply, tokens: TokenSource | None
) -> None:
    # Without a token for the workspace the CLI works offline: the change is made, nobody is told.
    token = None if reply.notice is None or tokens is None else tokens.tokens_for(workspace_id)
    if token is None:
        return
    with factory(workspace_id, write=False) as uow:
        workspace = current(uow)
    client = make_web_client(token, BotConfig.from_env().slack_api_url)
    if failed := post_change_notice(client, workspace, reply):
        print(t("notice.cli_failed", channel=failed.channel, error=failed.reason), file=sys.stderr)
