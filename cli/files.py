"""Files the CLI reads and writes, and what it says when the file system refuses."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from cli.config import UsageProblem
from domain.messages import Text, msg

# Which catalogue text explains an OSError; anything else quotes the system's reason.
_KEYS = {
    errno.ENOENT: "cli.no_such_file",
    errno.EISDIR: "cli.file_is_directory",
    errno.ENOTDIR: "cli.not_a_directory",
    errno.EACCES: "cli.file_not_allowed",
    errno.EPERM: "cli.file_not_allowed",
}


def describe(error: OSError) -> Text:
    """One line saying which file the system refused, and why."""
    path = error.filename if error.filename is not None else "-"
    key = _KEYS.get(error.errno or 0, "cli.file_unusable")
    return msg(key, path=path, reason=(error.strerror or type(error).__name__).lower())


def read_text(path: str) -> str:
    """The file's UTF-8 text ('-' reads standard input); a file it cannot read is a usage problem."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageProblem(msg("cli.not_utf8", path=path)) from None
    except OSError as error:
        raise UsageProblem(describe(error)) from None


def write_text(path: str, text: str) -> None:
    """Write `text` to `path` as UTF-8; a file it cannot write is a usage problem."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageProblem(describe(error)) from None
