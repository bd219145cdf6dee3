"""`mmbot serve`: the Slack app over HTTP (gunicorn) or Socket Mode; without Slack credentials,
the local sandbox. `mmbot sandbox [--reset]`: the sandbox itself."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path
from types import FrameType

from bot.config import BotConfig
from cli.config import settings_of
from cli.output import EXIT_OK, EXIT_USAGE
from domain.messages import DEFAULT_LANGUAGE, t

# The sandbox and its terminal lines are in English, like its pretend users.
LANG = DEFAULT_LANGUAGE

SETUP_DOC = 'docs/slack-setup.md ("Slack set-up")'


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subcommands.add_parser(
        "serve",
        help="run the Slack app (HTTP on PORT, or --socket); without Slack credentials, the sandbox",
        description=(
            "Serve Slack's requests at /slack/events on PORT (default 3000) with gunicorn; "
            "MMBOT_HOST (default 0.0.0.0) narrows the address, MMBOT_WORKERS and MMBOT_THREADS "
            "size it. --socket uses Socket Mode instead. With no Slack credentials set (and "
            "neither --slack nor --socket), it starts the local sandbox on 127.0.0.1:PORT."
        ),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--slack", action="store_true", help="serve Slack over HTTP; refuse without credentials"
    )
    mode.add_argument(
        "--socket", action="store_true", help="use Socket Mode (needs SLACK_APP_TOKEN)"
    )
    parser.set_defaults(run=_run)
    sandbox = subcommands.add_parser(
        "sandbox",
        help="try mmbot without Slack: a local page that behaves like a Slack channel",
        description=(
            "Serve the sandbox on 127.0.0.1:PORT (default 3000) with its own database, "
            "mmbot-sandbox.db in the working directory, seeded on first start."
        ),
    )
    sandbox.add_argument(
        "--reset", action="store_true", help="delete the sandbox database first and start over"
    )
    sandbox.set_defaults(run=_run_sandbox)


def _run(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    config = BotConfig.from_settings(settings)
    missing = config.missing_for_socket_mode() if args.socket else config.missing_for_http()
    # Only when nothing of Slack is set: half a set-up is a mistake to name, not a wish to try.
    # OAuth credentials alone are a distributed app's deployment, never the sandbox.
    untouched = not (
        config.bot_token
        or config.signing_secret
        or config.app_token
        or config.client_id
        or config.client_secret
        or config.redirect_uri
    )
    if not (args.slack or args.socket) and untouched:
        return _sandbox(config.port, reset=False, missing=missing)
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
    return EXIT_OK


def _run_sandbox(args: argparse.Namespace) -> int:
    return _sandbox(BotConfig.from_settings(settings_of(args)).port, reset=args.reset, missing=None)


def _sandbox(port: int, *, reset: bool, missing: list[str] | None) -> int:
    """Serve the sandbox until Ctrl-C or SIGTERM; `missing` says why `serve` chose it."""
    # Imported here: only the sandbox needs the page, the stand-in and the seed.
    from sandbox.server import HOST, Sandbox, database_path
    from sandbox.server import reset as reset_database

    directory = Path(os.getcwd())
    removed = reset_database(directory) if reset else []
    try:
        sandbox = Sandbox(port=port, directory=directory)
    except OSError as error:
        reason = error.strerror or str(error)
        print(
            t(LANG, "sandbox.port_busy", address=f"{HOST}:{port}", reason=reason), file=sys.stderr
        )
        return EXIT_USAGE
    url = sandbox.url + "/"
    if missing is None:
        print(t(LANG, "sandbox.started", url=url), flush=True)
    else:
        print(
            t(LANG, "sandbox.started_without_credentials", missing=", ".join(missing), url=url),
            flush=True,
        )
    data = (
        "sandbox.data_reset"
        if removed
        else "sandbox.data_new"
        if sandbox.seeded_now
        else "sandbox.data_kept"
    )
    print(
        t(
            LANG,
            "sandbox.details",
            file=database_path(directory).name,
            data=t(LANG, data),
            doc=SETUP_DOC,
        ),
        flush=True,
    )
    signal.signal(signal.SIGTERM, _stop)
    with contextlib.suppress(KeyboardInterrupt):
        sandbox.serve_forever()
    return EXIT_OK


def _stop(_signal: int, _frame: FrameType | None) -> None:
    # SIGTERM ends the sandbox like Ctrl-C, so the scheduler and the database close cleanly.
    raise KeyboardInterrupt
