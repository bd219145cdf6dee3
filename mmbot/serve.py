"""`mmbot serve`: the Slack app over HTTP (gunicorn) or, with --socket, over Socket Mode."""

from __future__ import annotations

import argparse
import sys

from bot.config import BotConfig
from cli.config import settings_of
from cli.output import EXIT_USAGE

SETUP_DOC = 'docs/slack-setup.md ("Slack set-up")'


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "serve",
        help="run the Slack app (HTTP on PORT, or --socket for Socket Mode)",
        description=(
            "Serve Slack's requests at /slack/events on PORT (default 3000) with gunicorn; "
            "MMBOT_HOST (default 0.0.0.0) narrows the address, MMBOT_WORKERS and MMBOT_THREADS size it. --socket uses Socket Mode instead."
        ),
    )
    parser.add_argument(
        "--socket", action="store_true", help="use Socket Mode (needs SLACK_APP_TOKEN)"
    )
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    config = BotConfig.from_settings(settings)
    missing = config.missing_for_socket_mode() if args.socket else config.missing_for_http()
    if missing:
        mode = "Socket Mode" if args.socket else "HTTP mode"
        print(
            f"mmbot serve cannot start in {mode}: set {', '.join(missing)}. See {SETUP_DOC}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    # Imported here so that other subcommands do not load Slack and gunicorn.
    from bot.server import serve_http, serve_socket_mode

    if args.socket:
        serve_socket_mode(config)
    else:
        serve_http(config, settings)
    return 0
