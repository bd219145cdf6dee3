"""Printing results and errors, and mapping them to exit codes."""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Callable

from cli.config import UsageProblem
from domain.commands.syntax import CommandSyntaxError
from domain.errors import DomainError
from domain.messages import t

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

logger = logging.getLogger("mmbot.cli")


def guarded(action: Callable[[], int]) -> int:
    """Run `action`; turn usage and product errors into messages and exit codes, never a traceback."""
    try:
        return action()
    except (CommandSyntaxError, UsageProblem) as error:
        print(getattr(error, "message", str(error)), file=sys.stderr)
        return EXIT_USAGE
    except DomainError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        reference = uuid.uuid4().hex[:8]
        logger.exception("unexpected failure, reference %s", reference)
        print(t("cli.unexpected", reference=reference), file=sys.stderr)
        return EXIT_REFUSED
