"""Printing results and errors, and mapping them to exit codes."""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Callable

from cli.config import UsageProblem, language
from cli.files import describe
from domain.commands.syntax import CommandSyntaxError
from domain.errors import DomainError
from domain.messages import Text, Translator, msg

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
# What a shell reports for a process ended by SIGINT (Ctrl-C) or SIGPIPE (128 + signal).
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

logger = logging.getLogger("mmbot.cli")


def say(text: Text) -> None:
    """Print a message for the user on standard error, in the CLI's language."""
    print(Translator(language()).text(text), file=sys.stderr)


def guarded(action: Callable[[], int]) -> int:
    """Run `action`; turn usage and product errors into messages and exit codes, never a traceback."""
    try:
        return action()
    except UsageProblem as error:
        say(error.text)
        return EXIT_USAGE
    except CommandSyntaxError as error:
        say(error.text)
        return EXIT_USAGE
    except DomainError as error:
        say(error.text)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        say(msg("cli.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # the reader of our output has gone: cli.main ends quietly
    except OSError as error:
        say(describe(error))
        return EXIT_REFUSED
    except Exception:
        reference = uuid.uuid4().hex[:8]
        # The traceback is for whoever asks for it (--log-level DEBUG), not for every terminal.
        logger.debug("unexpected failure, reference %s", reference, exc_info=True)
        say(msg("cli.unexpected", reference=reference))
        return EXIT_REFUSED
