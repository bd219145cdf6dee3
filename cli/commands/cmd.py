"""`mmbot cmd "<text>"`: run one command of the /mmprofile grammar as a local administrator."""

from __future__ import annotations

import argparse
import sys

from bot.config import BotConfig
from bot.notices import post_change_notice
from bot.slack_client import make_web_client
from cli.config import (
    add_change_options,
    choose_workspace,
    follow_workspace_language,
    local_actor,
)
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
        follow_workspace_language(args, factory, workspace_id)
        reply = run(
            command,
            factory=factory,
            workspace_id=workspace_id,
            actor=local_actor(args.actor),
            is_admin=True,
        )
        print(reply.as_text())
        _announce(factory, workspace_id, reply, BotConfig.from_env())
        return EXIT_OK

    return guarded(action)


def _announce(
    factory: UnitOfWorkFactory, workspace_id: str, reply: Reply, config: BotConfig
) -> None:
    # Without a bot token the CLI works offline: the change is made, nobody is told.
    if reply.notice is None or not config.bot_token:
        return
    with factory(workspace_id, write=False) as uow:
        workspace = current(uow)
    client = make_web_client(config.bot_token, config.slack_api_url)
    if failed := post_change_notice(client, workspace, reply):
        print(t("notice.cli_failed", channel=failed.channel, error=failed.reason), file=sys.stderr)
