"""Printing results and errors, and mapping them to exit codes."""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Callable

from cli.config import UsageProblem, language
from domain.commands.syntax import CommandSyntaxError
from domain.errors import DomainError
from domain.messages import Text, Translator, msg

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

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
        return EXIT_REFUSED
    except Exception:
        reference = uuid.uuid4().hex[:8]
        logger.exception("unexpected failure, reference %s", reference)
        say(msg("cli.unexpected", reference=reference))
        return EXIT_REFUSED
