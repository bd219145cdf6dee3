"""Printing results and errors, and mapping them to exit codes."""

from __future__ import annotations

import logging
import re
import sys
import uuid
from collections.abc import Callable

from cli.config import UsageProblem
from domain.commands.syntax import CommandSyntaxError
from domain.errors import DomainError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

logger = logging.getLogger("mmbot.cli")

# Slack mrkdwn in catalogue texts: `code`, *bold*, ```blocks```. A terminal shows the words.
_FENCE = re.compile(r"```\n?")
_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])")


def terminal_text(text: str) -> str:
    """`text` without Slack markup: code spans, bold and code fences become plain text."""
    return _BOLD.sub(r"\1", _CODE.sub(r"\1", _FENCE.sub("", text)))


def show(text: str, *, error: bool = False) -> None:
    """Print an answer (or, with `error`, a refusal to stderr) as plain terminal text."""
    print(terminal_text(text), file=sys.stderr if error else sys.stdout)


def guarded(action: Callable[[], int]) -> int:
    """Run `action`; turn usage and product errors into messages and exit codes, never a traceback."""
    try:
        return action()
    except (CommandSyntaxError, UsageProblem) as error:
        show(getattr(error, "message", str(error)), error=True)
        return EXIT_USAGE
    except DomainError as error:
        show(error.message, error=True)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed by the unfinished command.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        reference = uuid.uuid4().hex[:8]
        logger.exception("unexpected failure, reference %s", reference)
        print(
            f"Something went wrong (reference {reference}); nothing was changed. The log has the details.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
