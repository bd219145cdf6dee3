"""`mmbot report --now | --print`: the report of SPEC §4 on demand, posted or printed."""

from __future__ import annotations

import argparse
import sys

from bot.config import BotConfig
from bot.scheduler.posting import PostFailed, post_message
from bot.slack_client import make_web_client
from bot.views.report import report_message
from cli.config import (
    UsageProblem,
    add_workspace_option,
    choose_workspace,
    follow_workspace_language,
)
from cli.output import EXIT_OK, EXIT_REFUSED, guarded
from domain.commands.execute import prepare_workspace
from domain.commands.report_text import report_reply
from domain.messages import t
from domain.services.report import build_report
from domain.services.workspaces import current
from storage.bootstrap import open_store


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "report",
        help="the profile report now: --now posts it to the report channel, --print shows it",
        description="Build the report of inactive and unassigned profiles now.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--now", action="store_true", help="post it to the report channel now")
    mode.add_argument("--print", action="store_true", help="print it here without posting")
    add_workspace_option(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    def action() -> int:
        config = BotConfig.from_env()
        if args.now and not config.bot_token:
            raise UsageProblem(t("report.cli_no_token"))
        factory = open_store()
        workspace_id = choose_workspace(factory, args.workspace)
        prepare_workspace(factory, workspace_id)
        follow_workspace_language(args, factory, workspace_id)
        with factory(workspace_id, write=False) as uow:
            workspace, report = current(uow), build_report(uow)
        if args.print:
            print(report_reply(report).as_text())
            return EXIT_OK
        if not workspace.report_channel:
            print(t("report.cli_no_channel", workspace=workspace_id), file=sys.stderr)
            return EXIT_REFUSED
        client = make_web_client(config.bot_token, config.slack_api_url)
        try:
            post_message(client, workspace.report_channel, report_message(report))
        except PostFailed as error:
            message = t("report.cli_post_failed", channel=workspace.report_channel, error=error)
            print(message, file=sys.stderr)
            return EXIT_REFUSED
        print(t("report.cli_posted", workspace=workspace_id, channel=workspace.report_channel))
        return EXIT_OK

    return guarded(action)
